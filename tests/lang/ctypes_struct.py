# ctypes Structure and Union: layout, alignment, packing, nesting, errors
from ctypes import *

class POINT(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]

p = POINT(1, 2)
print(p.x, p.y, sizeof(p), POINT.x, POINT.y, bytes(p))
p.x = 10
print(p.x, POINT(y=5).y, POINT(3).x, POINT().y)

class S(Structure):
    _fields_ = [("a", c_char), ("b", c_double), ("c", c_short), ("pt", POINT),
                ("s", c_char_p)]

s = S(b'q', 2.5, 7, p, b"hello")
print(sizeof(S), alignment(S), S.a, S.b, S.c, S.pt, S.s)
print(s.a, s.b, s.c, s.pt.x, s.pt.y, s.s, s._objects)
s.pt.y = 99
print(s.pt.y, s.pt._b_base_ is s, s.pt._b_needsfree_, s._b_needsfree_)
s.pt = (4, 5)
print(s.pt.x, s.pt.y)

class Packed(Structure):
    _pack_ = 1
    _fields_ = [("a", c_char), ("b", c_int), ("c", c_short)]
print(sizeof(Packed), Packed.b, Packed.c)

class Pack2(Structure):
    _pack_ = 2
    _fields_ = [("a", c_char), ("b", c_longlong)]
print(sizeof(Pack2), alignment(Pack2), Pack2.b)

class U(Union):
    _fields_ = [("i", c_int), ("c", c_char * 4), ("d", c_double)]
u = U(0x41424344)
print(u.c, sizeof(U), alignment(U), U.i, U.d)

class Derived(POINT):
    _fields_ = [("z", c_int)]
d = Derived(1, 2, 3)
print(d.x, d.y, d.z, sizeof(Derived), Derived.z)

class Anon(Structure):
    _anonymous_ = ("u",)
    _fields_ = [("tag", c_int), ("u", U)]
a = Anon()
a.i = 77
print(a.u.i, a.i, Anon.i)

class Late(Structure):
    pass
Late._fields_ = [("next", POINTER(Late)), ("v", c_int)]
print(sizeof(Late), Late.v)
try:
    Late._fields_ = []
except AttributeError as e:
    print("AttributeError", e)

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: POINT(1, 2, 3))
err(lambda: type("Bad", (Structure,), {"_fields_": [("x", int)]}))
err(lambda: type("Bad", (Structure,), {"_fields_": [("x", c_double, 3)]}))
err(lambda: type("Bad", (Structure,), {"_fields_": [("x", c_int, 33)]}))
err(lambda: setattr(p, "x", "str"))
err(lambda: setattr(s, "pt", 5))
err(lambda: POINT(1, x=2))
print(POINT.from_buffer_copy(b"\x01\0\0\0\x02\0\0\0").y)
ba = bytearray(8)
q = POINT.from_buffer(ba)
q.y = 258
print(ba, q._objects is not None)
err(lambda: POINT.from_buffer(bytearray(4)))
err(lambda: POINT.from_buffer(b"12345678"))
