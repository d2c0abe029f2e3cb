# struct's boundary messages: negative offsets, offsets near sys.maxsize;
# the unpack iterator type cannot be called.
import struct, sys
buf = bytearray(10)
cases = [
    lambda: struct.pack_into('<I', buf, -2, 123),
    lambda: struct.pack_into('<B', buf, -11, 123),
    lambda: struct.unpack_from('<I', buf, -2),
    lambda: struct.unpack_from('<B', buf, -11),
    lambda: struct.unpack_from('<I', buf, -4),
    lambda: struct.pack_into('<I', bytearray(10), sys.maxsize, 1),
    lambda: struct.unpack_from('<I', bytearray(10), sys.maxsize),
    lambda: struct.unpack_from('<I', bytearray(10), 8),
    lambda: struct.pack_into('<I', bytearray(10), 8, 1),
    lambda: struct.unpack_from('b', bytearray(1), 5),
    lambda: type(struct.Struct(">ibcp").iter_unpack(b""))(),
    lambda: type(struct.iter_unpack('b', b'x'))(1, 2),
]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
