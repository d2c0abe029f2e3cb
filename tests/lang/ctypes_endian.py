# ctypes byte order: BigEndianStructure/Union, __ctype_be__, swapped bit fields
import sys
from ctypes import *

print(sys.byteorder, c_int.__ctype_le__ is c_int, c_int.__ctype_be__ is not c_int)
print(c_byte.__ctype_be__ is c_byte, c_char.__ctype_le__ is c_char)
be = c_int.__ctype_be__
x = be(0x01020304)
print(x.value, bytes(x), be.__name__, sizeof(be))
print(bytes(c_short.__ctype_be__(0x0102)), c_double.__ctype_be__(1.5).value)
print(bytes(c_float.__ctype_be__(2.0)), c_uint64.__ctype_be__(1).value)

class BE(BigEndianStructure):
    _fields_ = [("a", c_ubyte), ("b", c_ushort), ("c", c_int), ("d", c_double),
                ("arr", c_int16 * 2)]
s = BE(1, 0x0203, -2, 0.5, (1, 2))
print(bytes(s).hex(), s.a, s.b, s.c, s.d, list(s.arr), sizeof(BE))

class LE(LittleEndianStructure):
    _fields_ = [("b", c_ushort), ("c", c_int)]
print(bytes(LE(0x0203, 5)).hex(), LittleEndianStructure is Structure)

class BEbits(BigEndianStructure):
    _fields_ = [("x", c_uint16, 3), ("y", c_uint16, 9), ("z", c_uint16, 4)]
b = BEbits(5, 300, 9)
print(bytes(b).hex(), b.x, b.y, b.z, BEbits.x, BEbits.y, BEbits.z)

class BEU(BigEndianUnion):
    _fields_ = [("i", c_uint32), ("b", c_ubyte * 4)]
u = BEU(0x0A0B0C0D)
print(list(u.b), u.i)

class Inner(BigEndianStructure):
    _fields_ = [("v", c_uint32)]
class Outer(Structure):
    _fields_ = [("inner", Inner), ("w", c_uint32)]
o = Outer(Inner(1), 1)
print(bytes(o).hex(), o.inner.v, o.w)

for t in (c_wchar, c_void_p, POINTER(c_int)):
    try:
        class Bad(BigEndianStructure):
            _fields_ = [("x", t)]
    except TypeError as e:
        print("TypeError", str(e).split(":")[0])
