# ctypes arrays, pointers, byref, cast, memmove and friends
from ctypes import *

a = (c_int * 5)(1, 2, 3)
print(list(a), a[1:3], a[-1], len(a), sizeof(a), type(a).__name__)
print(c_int * 5 is c_int * 5, 5 * c_int is c_int * 5, ARRAY(c_int, 5) is c_int * 5)
a[4] = 40
a[0:2] = [7, 8]
print(list(a), a[::2])
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: a[5])
err(lambda: a.__setitem__(slice(0, 2), [1]))
err(lambda: a.__delitem__(0))
err(lambda: (c_int * 2)(1, 2, 3))
err(lambda: c_int * -1)

grid = ((c_int * 3) * 2)()
grid[1][2] = 5
print([list(r) for r in grid], sizeof(grid))

buf = create_string_buffer(b"abc", 10)
print(buf.value, buf.raw, sizeof(buf), buf[0], buf[1:3])
buf.value = b"xyz!"
print(buf.value, len(buf))
err(lambda: setattr(buf, "value", b"x" * 11))
print(create_string_buffer(4).raw, sizeof(create_string_buffer(b"hi")))
w = create_unicode_buffer("hé")
print(w.value, sizeof(w), w[0])

i = c_int(42)
pi = pointer(i)
print(pi.contents.value, pi[0], bool(pi), bool(POINTER(c_int)()), type(pi).__name__)
pi[0] = 43
print(i.value, pi._objects == {'1': i})
pi2 = POINTER(c_int)()
err(lambda: pi2.contents)
err(lambda: pi2[0])
pi2.contents = c_int(3)
print(pi2.contents.value, POINTER(c_int) is POINTER(c_int))
err(lambda: POINTER(5))
err(lambda: setattr(pi2, "contents", c_double(1)))

arr = (c_double * 3)(1.5, 2.5, 3.5)
pd = cast(arr, POINTER(c_double))
print(pd[0], pd[2], pd[:3])
print(addressof(arr) == cast(arr, c_void_p).value)
err(lambda: cast(arr, c_int))
err(lambda: addressof(5))

r = byref(i)
print(type(r).__name__, r._obj is i)
err(lambda: byref(5))

src = (c_char * 4)(*b"wxyz")
dst = create_string_buffer(6)
memmove(dst, src, 4)
print(dst.value, string_at(dst), string_at(addressof(dst), 2))
memset(dst, ord("q"), 3)
print(dst.raw)
print(wstring_at(addressof(w)), wstring_at(w, 1))

b = (c_int * 4).from_buffer_copy(bytes(range(16)))
print(list(b), hex(b[3]))
x = (c_ubyte * 4)(1, 2, 3, 4)
print(c_uint32.from_address(addressof(x)).value == int.from_bytes(bytes(x), "little"))
print(bytes(memoryview(x)), len(memoryview(x).tobytes()))
resize(buf, 32)
print(sizeof(buf), buf.value)
err(lambda: resize(buf, 2))
print(c_void_p.from_param(5), c_int.from_param(5), repr(c_char_p.from_param(b'x'))[:11])
print(c_double.from_param(1.5), c_char.from_param(b'x'), c_ubyte.from_param(200))
for f in (lambda: c_char_p.from_param(5), lambda: c_int.from_param("x"),
          lambda: c_double.from_param("x"), lambda: POINTER(c_int).from_param(5),
          lambda: POINTER(c_int).from_param(byref(c_double()))):
    err(f)
print(POINTER(c_int).from_param(pi) is pi, type(POINTER(c_int).from_param(c_int(1))).__name__)
