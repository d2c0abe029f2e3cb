# os functions take ASCII str paths as they are and decode ASCII names
# without the codec; the other paths still go through surrogateescape.
import os, tempfile

d = tempfile.mkdtemp()
names = ["plain.txt", "caf\u00e9.py", "x" * 200, "sp ace", "\udcff-raw"]
for n in names:
    with open(os.path.join(d, n), "wb") as f:
        f.write(n.encode("utf-8", "surrogateescape"))
print(sorted(os.listdir(d)) == sorted(names))
print(sorted(os.listdir(os.fsencode(d))) == sorted(os.fsencode(n) for n in names))
for e in sorted(os.scandir(d), key=lambda e: e.name):
    st = os.stat(e.path)
    print(repr(e.name), type(e.name).__name__, st.st_size, e.stat().st_size == st.st_size)
    print(st.st_mtime_ns == st[8] * 10**9 + st.st_mtime_ns % 10**9, type(st.st_mtime_ns).__name__)
class P:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
print(os.stat(P(os.path.join(d, "plain.txt"))).st_size, os.path.exists(P(d)))
for bad in ["a\0b", b"a\0b", P("a\0b")]:
    try:
        os.stat(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    os.stat(os.path.join(d, "missing"))
except FileNotFoundError as e:
    print(e.errno, e.filename == os.path.join(d, "missing"))
for n in names:
    os.remove(os.path.join(d, n))
os.rmdir(d)
print(os.path.exists(d))
