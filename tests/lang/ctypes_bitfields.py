# ctypes bit fields: layout (GCC rules) and values
from ctypes import *

class B(Structure):
    _fields_ = [("a", c_int, 3), ("b", c_int, 5), ("c", c_uint, 30),
                ("d", c_short, 4), ("e", c_longlong, 40), ("f", c_ubyte, 1)]

b = B(3, -2, 12345, -1, 2**39 - 1, 1)
print(b.a, b.b, b.c, b.d, b.e, b.f, sizeof(B))
for n in "abcdef":
    print(n, getattr(B, n))
b.a = 9        # truncated to 3 bits
b.b = 15
print(b.a, b.b, b.c, bytes(b).hex())

class Flags(Structure):
    _fields_ = [("x", c_uint16, 1), ("y", c_uint16, 2), ("z", c_uint16, 9),
                ("w", c_uint16, 5)]
f = Flags(1, 3, 300, 31)
print(f.x, f.y, f.z, f.w, sizeof(Flags), Flags.z, Flags.w, bytes(f).hex())
f.y = 0
print(f.x, f.y, f.z, f.w)

class P(Structure):
    _pack_ = 1
    _fields_ = [("a", c_char), ("b", c_int, 12), ("c", c_int, 20)]
print(sizeof(P), P.b, P.c)
