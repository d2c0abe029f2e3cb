# gzip on top of zlib: one-shot, files in a temp dir, streaming reads, errors.
import gzip, io, os, tempfile, zlib

data = b"".join(b"line %d of the gzip test\n" % i for i in range(2000))
g = gzip.compress(data, mtime=0)
print(len(g), g[:4].hex(), gzip.decompress(g) == data)
print(gzip.compress(b"abc", mtime=0))
print(gzip.decompress(gzip.compress(b"", mtime=0)))
# two members concatenated
print(gzip.decompress(gzip.compress(b"one ", mtime=0) + gzip.compress(b"two", mtime=0)))
for level in (1, 5, 9):
    print(level, len(gzip.compress(data, level, mtime=0)))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "t.gz")
    with gzip.open(path, "wb") as f:
        f.write(data[:1000])
        f.write(data[1000:])
    with gzip.open(path, "rb") as f:
        print(f.read(10), f.readline(), len(f.read()))
    with gzip.open(path, "rt", encoding="ascii") as f:
        lines = f.readlines()
        print(len(lines), lines[5], end="")
    with gzip.open(path, "at") as f:
        f.write("appended\n")
    with gzip.open(path) as f:
        print(f.read()[-20:])
    with gzip.GzipFile(path, "rb") as f:
        f.seek(100)
        print(f.read(20), f.tell())
    # the file is readable by zlib with the gzip wbits
    with open(path, "rb") as f:
        raw = f.read()
    print(zlib.decompressobj(31).decompress(raw)[:24])

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="name.txt") as f:
    f.write(b"in memory")
print(buf.getvalue()[:16].hex())
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.read(), f.name)

for bad in (b"not gzip at all", g[:20], g[:-4] + b"\0\0\0\0"):
    try:
        gzip.decompress(bad)
    except Exception as e:
        print(type(e).__name__, e)
