# struct.Struct objects, unpack_from/pack_into offsets, iter_unpack, subclassing.
import struct

S = struct.Struct('<hi')
print(S.format, S.size, type(S).__name__, type(S).__module__)
print(struct.Struct(b'>q').format, struct.Struct('').size)
b = S.pack(-3, 70000)
print(b, S.unpack(b), S.unpack(bytearray(b)))
print(S.unpack_from(b'xx' + b, 2), S.unpack_from(b'xx' + b, offset=2), S.unpack_from(buffer=b))
print(struct.unpack_from('<h', b'\x01\x00\x02\x00', -2), struct.unpack_from('<h', b'\x07\x00\x02'))
ba = bytearray(10)
S.pack_into(ba, 1, 1, 2)
print(ba)
struct.pack_into('>H', ba, -2, 0xabcd)
print(ba)
it = struct.iter_unpack('<H', b'\x01\x00\x02\x00\x03\x00')
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(S.iter_unpack(S.pack(1, 2) + S.pack(3, 4))))
print(list(struct.iter_unpack('b', b'')))
try:
    S.format = 'i'
except AttributeError as e:
    print('AttributeError')


class My(struct.Struct):
    def __init__(self, fmt):
        super().__init__('<' + fmt)
        self.extra = fmt


m = My('I')
print(m.format, m.size, m.extra, m.pack(5), isinstance(m, struct.Struct))
print(struct.pack(S, 1, 2) if False else struct.calcsize('<hi'))
# the same Struct used many times
T = struct.Struct('<Id')
out = b''.join(T.pack(i, i / 2) for i in range(5))
print(len(out), [T.unpack_from(out, i * T.size) for i in range(5)])
print(struct.unpack('<3s', memoryview(b'abc').tobytes()))
print(struct.Struct('i').size == struct.calcsize('i'))
print(S.__sizeof__() > 0)
