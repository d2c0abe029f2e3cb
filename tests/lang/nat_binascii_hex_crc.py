# binascii hex with separators, uuencode, crc32 and crc_hqx.
import binascii as b


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


for args in [(b'abcdef',), (b'abcdef', ':'), (b'abcdef', b'-', 2), (b'abcde', '-', 2),
             (b'abcde', '-', -2), (b'abcdef', '::'), (b'abcdef', 1), ('abc',), (b'',),
             (b'\x00\xff', '.', 5), (b'abcdefg', ' ', 3), (b'abcdefg', ' ', -3)]:
    t(lambda: (b.hexlify(*args), b.b2a_hex(*args)))
t(lambda: b.hexlify(data=b'\x12', sep='_'))
for a in ['abc', b'abc', b'a', 'zz', b'zz', 1, 'ABCDEF', b'00ff7F', '', 'é1']:
    t(lambda: (b.unhexlify(a), b.a2b_hex(a)))
for data in [b'', b'a', b'hello world', bytes(range(45)), b'\x00\x00\x00']:
    enc = b.b2a_uu(data)
    print(enc, b.b2a_uu(data, backtick=True), b.a2b_uu(enc) == data)
t(lambda: b.b2a_uu(b'x' * 46))
t(lambda: b.a2b_uu(b''))
t(lambda: b.a2b_uu(b'!86)C\n'))
t(lambda: b.a2b_uu(b'#86)C  xyz\n'))
for data in [b'', b'a', b'hello world', bytes(range(256)) * 3]:
    print(b.crc32(data), b.crc32(data, 12345), b.crc32(data, -1), b.crc_hqx(data, 0),
          b.crc_hqx(data, 0xffff))
c = b.crc32(b'hello ')
print(b.crc32(b'world', c) == b.crc32(b'hello world'), b.crc32(b'x', 2**40))
t(lambda: b.crc32('abc'))
t(lambda: b.crc32(b'abc', 1.5))
t(lambda: b.crc_hqx(b'abc'))
