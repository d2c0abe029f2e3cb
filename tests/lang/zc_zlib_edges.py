# zlib corner cases: flush modes mid-stream, concatenated streams, eof with
# unconsumed input, flush after eof, byte-at-a-time decompression.
import zlib

data = b"".join(b"%d:" % i * 3 for i in range(2000))
for mode in (zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_BLOCK):
    co = zlib.compressobj(9)
    s = co.compress(data[:3000]) + co.flush(mode) + co.compress(data[3000:]) + co.flush()
    print(mode, len(s), zlib.decompress(s) == data)

# two zlib streams back to back: decompressobj stops at the first
one = zlib.compress(b"first stream")
two = zlib.compress(b"second stream")
d = zlib.decompressobj()
print(d.decompress(one + two), d.eof, d.unused_data == two, d.unconsumed_tail)
d2 = zlib.decompressobj()
print(d2.decompress(d.unused_data), d2.eof)

# gzip members via wbits=31 / 47
import gzip
g = gzip.compress(b"member one", mtime=0) + gzip.compress(b"member two", mtime=0)
d = zlib.decompressobj(31)
print(d.decompress(g), len(d.unused_data))
d = zlib.decompressobj(47)
print(d.decompress(g[:10]), d.decompress(g[10:25]), d.eof)

# max_length stops exactly there, eof only at the end
c = zlib.compress(data)
d = zlib.decompressobj()
sizes = []
out = d.decompress(c, 1)
while True:
    sizes.append(len(out))
    if not d.unconsumed_tail:
        break
    out = d.decompress(d.unconsumed_tail, 4096)
print(sizes[:3], len(sizes), d.eof)
rest = d.flush()
print(len(rest), d.eof)

# byte at a time
d = zlib.decompressobj()
got = bytearray()
for i in range(len(c)):
    got += d.decompress(c[i:i + 1])
print(bytes(got) == data, d.eof, d.unused_data)

# flush() on a fresh, half-fed and finished decompressor
print(zlib.decompressobj().flush())
d = zlib.decompressobj()
half = d.decompress(c[: len(c) // 2])
print(len(half) + len(d.flush()) <= len(data), d.eof)
d = zlib.decompressobj()
d.decompress(c + b"xyz")
print(len(d.flush()), d.eof, d.unused_data)

# level 0 stores, huffman-only and raw deflate sizes
for level in range(10):
    print(level, len(zlib.compress(data, level)))
raw = zlib.compressobj(wbits=-9)
r = raw.compress(data) + raw.flush()
print(len(r), zlib.decompress(r, -9) == data, zlib.decompress(r, -15) == data)
# the adler32 trailer of a zlib stream is the adler32 of the data
import struct
print(struct.unpack(">I", c[-4:])[0] == zlib.adler32(data))
g = gzip.compress(data, mtime=0)
print(struct.unpack("<I", g[-8:-4])[0] == zlib.crc32(data), struct.unpack("<I", g[-4:])[0] == len(data))
