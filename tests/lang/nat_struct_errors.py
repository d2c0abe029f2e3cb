# struct: range errors, bad formats, buffer size errors -- CPython 3.11's messages.
import struct


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


for fmt, v in [('<q', 2**63), ('q', 2**63), ('<h', 40000), ('h', 40000), ('b', 200), ('<b', 200),
               ('<i', 2**40), ('i', 2**40), ('<Q', -1), ('Q', -1), ('<I', -1), ('I', -1),
               ('l', 2**64), ('<l', 2**33), ('<H', -1), ('H', -1), ('B', -1), ('<B', 300),
               ('i', 1.5), ('i', 'x'), ('<f', 1e300), ('e', 1e6), ('c', b'ab'), ('c', 'a'),
               ('s', 1), ('p', 'a'), ('d', 'x'), ('<d', None), ('n', 2**70), ('<I', 2**32),
               ('I', 2**32), ('<Q', 2**64), ('<L', 2**32), ('L', 2**64), ('<e', 65520.0),
               ('<e', 65519.99), ('<q', -2**63 - 1), ('<i', -2**31 - 1), ('b', 2**70),
               ('<H', 2**70), ('<b', -129), ('<h', -32769)]:
    t(lambda: struct.pack(fmt, v))

for fmt in ['<P', '=n', '>N', '3', 'i3', '2 i', 'i 2i', 'z', 'ii\0', '<5s2p', '@', '',
            '99999999999999999999999s', '9223372036854775806q', 'Z', '!3x']:
    t(lambda: struct.calcsize(fmt))
t(lambda: struct.Struct(1))
t(lambda: struct.Struct())
t(lambda: struct.calcsize(1))
t(lambda: struct.calcsize())
S = struct.Struct('<hi')
t(lambda: struct.pack())
t(lambda: struct.pack('i'))
t(lambda: struct.pack('i', 1, 2))
t(lambda: S.pack(1))
t(lambda: struct.unpack('i'))
t(lambda: struct.unpack('i', b'12345'))
t(lambda: struct.unpack('i', 'abcd'))
t(lambda: struct.pack_into('i', bytes(4), 0, 1))
t(lambda: struct.pack_into('i'))
t(lambda: struct.pack_into('i', bytearray(4)))
t(lambda: struct.pack_into('i', bytearray(4), 0))
t(lambda: struct.unpack_from('i', b'123', 1))
t(lambda: struct.unpack_from('i', b'1234', -5))
t(lambda: struct.pack_into('i', bytearray(5), 3, 1))
t(lambda: struct.pack_into('i', bytearray(5), -2, 1))
t(lambda: struct.pack_into('i', bytearray(5), -9, 1))
t(lambda: struct.iter_unpack('', b''))
t(lambda: struct.iter_unpack('i', b'12345'))
t(lambda: S.unpack('abcdef'))
t(lambda: S.unpack_from(b'x' * 10, offset='a'))
t(lambda: issubclass(struct.error, Exception))
t(lambda: struct.error.__module__)
ba = bytearray(b'\xff' * 8)
t(lambda: struct.pack_into('<ii', ba, 0, 1, 'x'))
print(ba)
