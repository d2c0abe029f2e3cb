# mmap: file and anonymous maps, indexing, slicing, file-like methods, access modes
import mmap, os, tempfile

f = tempfile.TemporaryFile()
f.write(b'hello world\nline2\n')
f.flush()
m = mmap.mmap(f.fileno(), 0)
print(len(m), m[0], m[-1], m[0:5], m[::2], list(iter(m))[:3])
print(m.find(b'o'), m.rfind(b'o'), m.find(b'o', 5), m.find(b'zz'), m.find(b'l', -5))
print(m.readline(), m.tell(), m.read(3), m.read_byte(), m.read(), m.read(), m.tell())
m.seek(0)
print(m.read(None))
m[0] = 72
m[1:3] = b'EL'
print(m[:5])
for call in [lambda: m.__setitem__(slice(0, 2), b'x'), lambda: m[100], lambda: m.__setitem__(0, 300),
             lambda: m.__setitem__(0, b'x'), lambda: m.seek(100), lambda: m.seek(0, 5),
             lambda: m['a'], lambda: m.__delitem__(0), lambda: m.write_byte(300),
             lambda: m.move(0, 0, 100), lambda: m.flush(0, 1000)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
m.seek(0)
print(m.write(b'J'), m[:3], m.tell())
m.seek(-1, 2)
print(m.tell())
m.seek(-2, 1)
print(m.tell())
try:
    m.write(b'x' * 100)
except ValueError as e:
    print(e)
m.seek(17)
m.write_byte(33)
try:
    m.read_byte()
except ValueError as e:
    print(e)
print(m.size(), m.flush(), m.closed)
m.move(0, 6, 5)
print(m[:11])
m.resize(30)
print(len(m), m.size(), os.fstat(f.fileno()).st_size, m[17:19])
print(repr(m))
f.seek(0)
print(f.read(12))
m.close()
print(m.closed, repr(m))
for call in [lambda: m[0], lambda: len(m), lambda: m.read(), lambda: m.tell()]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

a = mmap.mmap(-1, 10)
print(a[:], len(a), a.tell())
a.write(b'abc')
print(a[:4], a.find(b'c'))
try:
    a.size()
except OSError as e:
    print(type(e).__name__, e.errno)
a.close()

r = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
for call in [lambda: r.__setitem__(0, 1), lambda: r.write(b'x'), lambda: r.resize(5),
             lambda: r.move(0, 1, 1)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
c = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_COPY)
c[0] = ord('Z')
print(c[:3], r[:3], c.flush())
c.close(); r.close()
o = mmap.mmap(f.fileno(), 5, offset=mmap.ALLOCATIONGRANULARITY if False else 0)
print(o[:])
o.close()
empty = tempfile.TemporaryFile()
for call in [lambda: mmap.mmap(f.fileno(), -1), lambda: mmap.mmap(-1, 0),
             lambda: mmap.mmap(f.fileno(), 10, access=7),
             lambda: mmap.mmap(f.fileno(), 10, flags=mmap.MAP_PRIVATE, access=mmap.ACCESS_READ),
             lambda: mmap.mmap(f.fileno(), 1000, access=mmap.ACCESS_READ),
             lambda: mmap.mmap(f.fileno(), 10, offset=-1),
             lambda: mmap.mmap(empty.fileno(), 0)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
with mmap.mmap(-1, 5) as z:
    z.write(b'abc')
    print(z[:], z.closed, bytes(z))
print(z.closed)
print(mmap.ACCESS_DEFAULT, mmap.ACCESS_READ, mmap.ACCESS_WRITE, mmap.ACCESS_COPY)
print(mmap.PROT_READ, mmap.PROT_WRITE, mmap.MAP_SHARED, mmap.MAP_PRIVATE, mmap.MAP_ANONYMOUS)
print(mmap.PAGESIZE == mmap.ALLOCATIONGRANULARITY, mmap.error is OSError, mmap.MADV_DONTNEED)
f.close()
