# mmap lends its memory: memoryview, struct, exports blocking close/resize
import mmap
def err(f, *a):
    try: r = f(*a); print("ok", r)
    except Exception as e: print(type(e).__name__, e)
m = mmap.mmap(-1, 16)
m[0:4] = b"abcd"
v = memoryview(m)
print(v[:4].tobytes(), v.readonly, v.nbytes, bytes(m)[:4])
v[4] = 69
print(m[:6])
err(m.resize, 32)
err(m.close)
v.release()
m.resize(32); print(len(m))
with memoryview(m) as w:
    err(m.close)
m.close()
err(memoryview, m)
r = mmap.mmap(-1, 8, access=mmap.ACCESS_READ) if False else None
import struct
m2 = mmap.mmap(-1, 8)
struct.pack_into("i", m2, 0, 7)
print(struct.unpack_from("i", m2), m2[:4])
