# a memoryview released by the __index__/__float__/__bool__ of an argument
# (gh-92888), and every operation on a released view

def err(f, *a):
    try:
        r = f(*a)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

size = 16
m = None

def release():
    m.release()

class MyIndex:
    def __index__(self):
        release()
        return 4

class MyFloat:
    def __float__(self):
        release()
        return 4.25

class MyBool:
    def __bool__(self):
        release()
        return True

m = memoryview(bytearray(b"\xff" * size))
err(m.__getitem__, MyIndex())
m = memoryview(bytearray(b"\xff" * size))
print(list(m[:MyIndex()]))
m = memoryview(bytearray(b"\xff" * size))
print(list(m[MyIndex():8]))
m = memoryview(bytearray(b"\xff" * size)).cast("B", (8, 2))
err(m.__getitem__, (MyIndex(), 0))
m = memoryview(bytearray(b"\xff" * size))
err(m.__setitem__, MyIndex(), 42)
m = memoryview(bytearray(b"\xff" * size))
err(m.__setitem__, slice(None, MyIndex()), b"spam")
m = memoryview(bytearray(b"\xff" * size)).cast("B", (2, 8))
err(m.__setitem__, (0, MyIndex()), 42)
m = memoryview(bytearray(b"\xff" * size))
err(m.__setitem__, 0, MyIndex())
for fmt in "bhilqnBHILQN":
    m = memoryview(bytearray(b"\xff" * size)).cast(fmt)
    err(m.__setitem__, 0, MyIndex())
for fmt in "fd":
    m = memoryview(bytearray(b"\xff" * size)).cast(fmt)
    err(m.__setitem__, 0, MyFloat())
m = memoryview(bytearray(b"\xff" * size)).cast("?")
err(m.__setitem__, 0, MyBool())

r = memoryview(b"abc")
r.release()
r.release()
for name in ("tobytes", "tolist", "hex", "toreadonly", "__enter__"):
    err(getattr(r, name))
err(r.cast, "B")
for attr in ("obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape", "strides",
             "suboffsets", "c_contiguous", "f_contiguous", "contiguous"):
    err(getattr, r, attr)
err(len, r)
err(r.__getitem__, 0)
err(r.__setitem__, 0, 1)
err(iter, r)
err(bytes, r)
err(memoryview, r)
err(hash, r)
err(b"".join, [r])

outer = memoryview(bytearray(b"xyz"))
with outer as inner:
    print(inner is outer, inner[0])
err(outer.tolist)
b = bytearray(b"data")
v = memoryview(b)
w = memoryview(v)
v.release()
print(w.tobytes(), w.obj is b)
w.release()
b.extend(b"!")
print(b)
