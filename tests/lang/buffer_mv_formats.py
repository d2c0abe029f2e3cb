# memoryview items in every native struct format: unpack, pack, range errors
import struct

def err(f, *a):
    try:
        r = f(*a)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

for fmt in "bBhHiIlLqQnNfd?P":
    size = struct.calcsize(fmt)
    b = bytearray(size * 3)
    m = memoryview(b).cast(fmt)
    print(fmt, m.format, m.itemsize, m.nbytes, m.shape, m.strides, len(m))
    if fmt in "fd":
        m[0] = 1.5
        m[1] = -2
        print(m.tolist())
        err(m.__setitem__, 2, "x")
    elif fmt == "?":
        m[0] = 5
        m[1] = []
        print(m.tolist())
    else:
        signed = fmt.islower() and fmt != "P"
        lo = -(1 << (8 * size - 1)) if signed else 0
        hi = (1 << (8 * size - 1)) - 1 if signed else (1 << (8 * size)) - 1
        m[0] = lo
        m[1] = hi
        m[-1] = True
        print(m.tolist(), m[0] == lo, m[1] == hi)
        err(m.__setitem__, 0, hi + 1)
        err(m.__setitem__, 0, lo - 1)
        err(m.__setitem__, 0, 1.0)
        err(m.__setitem__, 0, "1")
    print(bytes(m) == bytes(b), m.tobytes() == bytes(b))

c = memoryview(bytearray(b"xyz")).cast("c")
print(c[0], c.tolist())
c[1] = b"Q"
print(c.tobytes())
err(c.__setitem__, 0, b"ab")
err(c.__setitem__, 0, 65)
err(memoryview(bytearray(2)).cast, "e")
err(memoryview(bytearray(2)).cast, "<h")
err(memoryview(bytearray(2)).cast, "hh")
f = memoryview(bytearray(4)).cast("f")
f[0] = 1e300
print(f[0])
err(f.__setitem__, 0, None)
m = memoryview(bytearray(8)).cast("@i")
print(m.format, m.tolist())
m[0] = -7
print(m[0], m[1], m[-2])
err(m.__getitem__, 2)
err(m.__getitem__, -3)
err(m.__getitem__, 2 ** 70)
err(m.__getitem__, "a")
err(m.__getitem__, 1.0)
err(m.__delitem__, 0)
err(memoryview(b"ab").__setitem__, 0, 1)
