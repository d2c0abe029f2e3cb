# int() of floats past the small-int range (2**47 .. 2**63), os.stat_result
# pickling through __reduce__ (hidden fields by name), lstat refusing a
# descriptor, the uninstantiable scandir types, eventfd's 64-bit counter.
import os
import pickle
import tempfile

for f in [179550917015471.7, -179550917015471.7, 2.0 ** 47, 2.0 ** 47 + 0.5, -2.0 ** 47 - 1,
          1.5e14, 2.0 ** 52 + 1, 2.0 ** 62, 2.0 ** 63, -2.0 ** 63, 9.1e18, 1e19, 1e300]:
    i = int(f)
    print(i, type(i).__name__, i == int(f // 1) if f >= 0 else True)
print(int(1795509170.154717 * 100000))
import math
print(math.trunc(1.5e14), math.floor(1.5e14 + 0.5), math.ceil(-1.5e14 - 0.5), round(2.0 ** 50 + 0.5))

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "f")
with open(path, "wb") as fh:
    fh.write(b"12345")
st = os.stat(path)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(st, proto))
    print(proto, back == st, back.st_size, back.st_mtime == st.st_mtime,
          back.st_mtime_ns == st.st_mtime_ns, type(back).__name__)
cls, (vis, hidden) = st.__reduce__()
print(cls is os.stat_result, len(vis), sorted(hidden))
rebuilt = os.stat_result(vis, {"st_atime_ns": 7})
print(rebuilt.st_atime_ns, rebuilt.st_mtime == rebuilt[8])
try:
    os.stat_result(vis, 5)
except TypeError as e:
    print("TypeError", e)

fd = os.open(path, os.O_RDONLY)
print(os.stat(fd).st_size)
try:
    os.lstat(fd)
except TypeError as e:
    print("TypeError", e)
os.close(fd)

it = os.scandir(tmp)
for t in (type(it), os.DirEntry):
    try:
        t()
    except TypeError as e:
        print("TypeError", e)
print([e.name for e in it])
it.close()

efd = os.eventfd(0)
os.eventfd_write(efd, 2 ** 64 - 2)
print(os.eventfd_read(efd))
for bad in [-1, 2 ** 64, 1.5, "x", -2 ** 70]:
    try:
        os.eventfd_write(efd, bad)
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
os.close(efd)
os.unlink(path)
os.rmdir(tmp)
