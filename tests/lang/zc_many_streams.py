# Many short-lived compressor objects: their library state is released by
# finalizers (and by collections the library memory itself triggers), so a
# loop like this must neither run out of memory nor disturb results.
import bz2, gc, hashlib, hmac, lzma, zlib

data = bytes(range(256)) * 16
expect = (zlib.compress(data), bz2.compress(data, 9), hashlib.sha1(data).hexdigest())
ok = 0
for i in range(60):
    c = bz2.BZ2Compressor(9)
    b = c.compress(data) + c.flush()
    z = zlib.compressobj()
    zz = z.compress(data) + z.flush()
    l = lzma.LZMACompressor(preset=1)
    x = l.compress(data) + l.flush()
    d = lzma.LZMADecompressor()
    h = hashlib.sha1(data)
    m = hmac.new(b"key", data, "sha256")
    if (zz, b, h.hexdigest()) == expect and d.decompress(x) == data and len(m.digest()) == 32:
        ok += 1
    if i % 30 == 29:
        gc.collect()
print(ok)
# an object dropped without flush() is fine too
for i in range(50):
    zlib.decompressobj().decompress(zlib.compress(data)[:100])
    bz2.BZ2Decompressor().decompress(expect[1][:50])
gc.collect()
print("done")
