# assigning to structure fields: conversions, pointers from arrays, incompatible types
from ctypes import *
class S(Structure): _fields_ = [("a", c_int), ("p", POINTER(c_int)), ("c", c_char_p)]
s = S()
for v in (c_long(5), c_int(7), 3.5, pointer(c_int(3)), (c_int*2)(1,2), None):
    try:
        s.a = v; print("a", s.a)
    except Exception as e: print(type(e).__name__, e)
for v in (pointer(c_int(3)), (c_int*2)(1,2), None, c_int(2), 5, (c_long*2)()):
    try:
        s.p = v; print("p", bool(s.p))
    except Exception as e: print(type(e).__name__, e)
for v in (b"x", None, c_char_p(b"y"), 5, "s"):
    try:
        s.c = v; print("c", s.c if not isinstance(v, int) else "int")
    except Exception as e: print(type(e).__name__, e)
class M(c_int): pass
class T(Structure): _fields_ = [("m", M)]
t = T(5)
print(type(t.m).__name__, t.m.value)
t.m = M(9); print(t.m.value)
