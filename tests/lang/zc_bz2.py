# bz2: one-shot, BZ2Compressor/BZ2Decompressor in chunks, max_length, files, errors.
import bz2, io, os, tempfile

data = b"".join(b"bz2 line %d, some repeated text\n" % i for i in range(3000))
c = bz2.compress(data)
print(len(c), c[:4], bz2.decompress(c) == data)
print(bz2.compress(b"abc"), bz2.compress(b""), bz2.decompress(bz2.compress(b"")))
for level in (1, 5, 9):
    print(level, len(bz2.compress(data, level)))
print(bz2.decompress(c + c) == data * 2)

co = bz2.BZ2Compressor(3)
parts = [co.compress(data[i:i + 4096]) for i in range(0, len(data), 4096)]
parts.append(co.flush())
s = b"".join(parts)
print(len(s), bz2.decompress(s) == data)

d = bz2.BZ2Decompressor()
out = [d.decompress(s[i:i + 500]) for i in range(0, len(s), 500)]
print(b"".join(out) == data, d.eof, d.needs_input, d.unused_data)

# max_length and needs_input
d = bz2.BZ2Decompressor()
first = d.decompress(c + b"trailing", 100)
print(len(first), d.needs_input, d.eof)
got = [first]
while not d.eof:
    got.append(d.decompress(b"", 7000))
print(b"".join(got) == data, d.unused_data, d.needs_input)
d = bz2.BZ2Decompressor()
print(d.decompress(c[:20]), d.needs_input, d.decompress(c[20:40], 0), d.needs_input)
print(len(d.decompress(c[40:])), d.eof)
print(bytearray(bz2.decompress(memoryview(c)))[:8])

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "t.bz2")
    with bz2.open(path, "wb") as f:
        f.write(data[:5000])
        f.write(data[5000:])
    with bz2.open(path) as f:
        print(f.readline(), len(f.read()))
    with bz2.open(path, "rt", encoding="ascii") as f:
        print(len(f.readlines()))
    with bz2.BZ2File(path) as f:
        f.seek(1000)
        print(f.read(10), f.tell())
buf = io.BytesIO()
with bz2.BZ2File(buf, "w", compresslevel=1) as f:
    f.write(b"to memory")
print(bz2.decompress(buf.getvalue()))

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

t(bz2.decompress, b"not bz2 data at all")
t(bz2.decompress, c[:-10])
t(bz2.BZ2Compressor, 0)
t(bz2.BZ2Compressor, 10)
t(bz2.BZ2Compressor, 1.5)
t(bz2.BZ2Compressor, 1, 2)
t(bz2.BZ2Compressor, compresslevel=1)
t(bz2.BZ2Decompressor, 1)
t(bz2.compress, "str")
co = bz2.BZ2Compressor()
co.compress(b"x")
co.flush()
t(co.compress, b"y")
t(co.flush)
t(co.compress, "s")
d = bz2.BZ2Decompressor()
d.decompress(bz2.compress(b"abc"))
t(d.decompress, b"more")
t(bz2.BZ2Decompressor().decompress, "str")
t(bz2.BZ2Decompressor().decompress, b"BZh9garbage")
bad = bytes.fromhex("425a6839314159265359000000000000007fffff000000000000000000000000"
                    "00000000000000000000000000000000000000e0370000000000000000000000"
                    "000000000000000000000000000000000000000000000000000083f3")
d = bz2.BZ2Decompressor()
t(d.decompress, bad)
print(d.needs_input, d.eof)
t(d.decompress, b"")
import pickle
t(pickle.dumps, bz2.BZ2Compressor())
import copy, _lzma
for o in (bz2.BZ2Compressor(), bz2.BZ2Decompressor(), _lzma.LZMACompressor(), _lzma.LZMADecompressor()):
    t(o.__reduce__)
    t(o.__reduce_ex__, 4)
    t(copy.copy, o)
