# export counting: an exported bytearray cannot be resized; release, with,
# and dropped views give it back; memoryview exports and hashing

def err(f, *a):
    try:
        r = f(*a)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

b = bytearray(b"hello")
m = memoryview(b)
err(b.append, 33)
err(b.extend, b"ab")
err(b.pop)
err(b.clear)
err(b.__delitem__, slice(0, 2))
err(b.__delitem__, slice(0, 4, 2))
err(b.__setitem__, slice(0, 2), b"xyz")
err(b.__iadd__, b"!")
err(b.insert, 0, 1)
b[0:2] = b"HE"         # same length: allowed
b[4] = 79
print(b, m.tobytes())
s = m[1:3]
m.release()
err(b.append, 33)      # the slice still holds an export
s.release()
b.append(33)
print(b)
with memoryview(b) as v:
    err(b.append, 1)
    print(v.tolist()[:3])
err(v.tolist)
err(len, v)
err(v.__getitem__, 0)
err(lambda: v.obj)
err(lambda: v.format)
print(repr(v).startswith("<released memory at 0x"), repr(memoryview(b"")).startswith("<memory at 0x"))
v.release()
b.append(2)

def dropped():
    memoryview(b)[1:2]
    return len(b)
dropped()
b.append(3)
print(b)

# memoryview of a memoryview shares the export; nested release order
c = bytearray(4)
m1 = memoryview(c)
m2 = memoryview(m1)
m1.release()
err(c.append, 1)
m2.release()
c.append(1)
print(c)

# hashing
print(hash(memoryview(b"abc")) == hash(b"abc"))
print(hash(memoryview(b"abcdef")[::2]) == hash(b"ace"))
err(hash, memoryview(bytearray(b"abc")))
err(hash, memoryview(b"abcd").cast("i"))
err(hash, memoryview(bytearray(b"ab")).toreadonly())
r = memoryview(b"xy")
h = hash(r)
r.release()
print(hash(r) == h)
ro = memoryview(bytearray(b"ab")).toreadonly()
print(ro.readonly)
err(ro.__setitem__, 0, 1)
