# binascii: argument checking across the functions, and Error/Incomplete classes.
import binascii as b


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: b.a2b_base64())
t(lambda: b.a2b_base64(b'', b''))
t(lambda: b.a2b_base64(b'YQ==', strict_mode=1))
t(lambda: b.a2b_base64(b'YQ==', foo=1))
t(lambda: b.b2a_base64())
t(lambda: b.b2a_base64(b'a', newline=0))
t(lambda: b.b2a_base64(memoryview(b'abc').tobytes()))
t(lambda: b.hexlify())
t(lambda: b.hexlify(b'ab', ':', 1, 2))
t(lambda: b.hexlify(b'abc', sep=b'\xff'))
t(lambda: b.hexlify(b'abc', sep=[1]))
t(lambda: b.hexlify(b'abc', bytes_per_sep=0, sep='.'))
t(lambda: b.hexlify(b'abcdef', '.', bytes_per_sep=10))
t(lambda: b.unhexlify())
t(lambda: b.unhexlify(b'ab', b'cd'))
t(lambda: b.unhexlify(hexstr=b'ab'))
t(lambda: b.crc32())
t(lambda: b.crc32(b'a', 1, 2))
t(lambda: b.crc_hqx(b'a', 2**20))
t(lambda: b.crc_hqx(b'a', -1))
t(lambda: b.a2b_uu('é'))
t(lambda: b.b2a_uu('x'))
e = b.Error('boom')
print(isinstance(e, ValueError), repr(e), b.Incomplete.__name__, b.Error.__module__)
try:
    raise b.Incomplete('more')
except Exception as x:
    print(type(x).__name__, x)
print(b.crc32(b'The quick brown fox jumps over the lazy dog'), hex(b.crc32(b'123456789')),
      hex(b.crc_hqx(b'123456789', 0xffff)))
