# ctypes keep-alive (_objects), pickling, buffers and memory ownership
import pickle
from ctypes import *

class X(Structure):
    _fields_ = [("a", c_int), ("s", c_char_p), ("arr", c_char_p * 3)]
x = X()
print(x._objects)
x.s = b"hello"
print(x._objects)
x.arr[2] = b"spam"
print(x._objects, x.arr._b_base_ is x, x.arr._objects is None)
a = (c_char_p * 2)(b"one", b"two")
print(a._objects)
p = pointer(c_int(5))
print(sorted(p._objects), p._objects['1'].value)
ip = POINTER(c_int)()
print(ip._objects)
c = cast(a, POINTER(c_char_p))
print(c._objects is a._objects, c[0], c[1])

# pickling: values round-trip, pointers refuse
class P(Structure):
    _fields_ = [("x", c_int), ("y", c_double)]
IntArray3 = c_int * 3
for obj in (c_int(42), c_double(2.5), P(1, 2.0), IntArray3(4, 5, 6)):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        r = pickle.loads(pickle.dumps(obj, proto))
        assert bytes(r) == bytes(obj), (obj, proto)
    print(type(r).__name__, bytes(r) == bytes(obj))
p2 = P(3, 4.0)
p2.extra = "attr"
r = pickle.loads(pickle.dumps(p2))
print(r.x, r.y, r.extra)
for obj in (c_char_p(b"x"), c_void_p(1), pointer(c_int(1)), X()):
    try:
        pickle.dumps(obj)
    except ValueError as e:
        print("ValueError", e)

# buffers
ba = bytearray(8)
v = c_int32.from_buffer(ba, 4)
v.value = -1
print(ba)
try:
    ba.append(1)
except BufferError as e:
    print("BufferError", e)
print(bytes(memoryview(P(1, 2.0)))[:4], memoryview(c_int()).nbytes)
for args in ((bytearray(2),), (bytearray(8), -1), (bytearray(8), 6)):
    try:
        c_int32.from_buffer(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    c_int.from_buffer_copy(b"12")
except ValueError as e:
    print("ValueError", e)
print(c_int.from_buffer_copy(b"\x01\x00\x00\x00xyz").value)

# ownership
i = c_int(1)
view = c_int.from_address(addressof(i))
view.value = 77
print(i.value, view._b_needsfree_, i._b_needsfree_, view._b_base_)
arr = (c_int * 4)()
item = arr[1:2]
s = P()
print(s._b_needsfree_, type(P.x).__name__, P.x.offset, P.y.size)
try:
    P.x.offset = 3
except AttributeError:
    print("AttributeError")
try:
    type(P.x)()
except TypeError as e:
    print("TypeError", e)
