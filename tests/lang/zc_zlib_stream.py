# zlib compressobj/decompressobj: chunks, flush modes, max_length, unused_data, copy.
import zlib, copy

data = bytes(range(256)) * 64 + b"tail" * 500

co = zlib.compressobj(6)
parts = [co.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)]
parts.append(co.flush())
stream = b"".join(parts)
print(len(stream), zlib.decompress(stream) == data)

# sync and full flush produce decodable prefixes
co = zlib.compressobj()
a = co.compress(b"first part ") + co.flush(zlib.Z_SYNC_FLUSH)
print(a[-4:].hex())
b = co.compress(b"second part") + co.flush(zlib.Z_FULL_FLUSH)
print(b[-4:].hex())
print(co.flush(zlib.Z_NO_FLUSH))
end = co.flush()
d = zlib.decompressobj()
print(d.decompress(a), d.decompress(b), d.decompress(end), d.eof)

# decompress in tiny input chunks
d = zlib.decompressobj()
out = b"".join(d.decompress(stream[i:i + 7]) for i in range(0, len(stream), 7))
print(out == data, d.eof, d.unused_data, d.unconsumed_tail)

# max_length leaves input in unconsumed_tail
d = zlib.decompressobj()
got = d.decompress(stream, 100)
print(len(got), len(d.unconsumed_tail) > 0, d.eof)
pieces = [got]
while d.unconsumed_tail:
    pieces.append(d.decompress(d.unconsumed_tail, 1000))
pieces.append(d.flush())
print(b"".join(pieces) == data, d.eof, d.unconsumed_tail)

# data after the end of the stream
d = zlib.decompressobj()
print(len(d.decompress(stream + b"garbage")), d.unused_data, d.eof)
print(d.decompress(b"more"), d.unused_data)

# flush() finishes what max_length held back
d = zlib.decompressobj()
part = d.decompress(stream, 10)
rest = d.flush()
print(len(part), part + rest == data, d.eof)
print(d.flush(), d.flush(5))

# copies are independent
co = zlib.compressobj()
pre = co.compress(b"shared prefix ")
c1 = co.copy()
c2 = copy.copy(co)
c3 = copy.deepcopy(co)
r1 = co.compress(b"one") + co.flush()
r2 = c1.compress(b"two") + c1.flush()
r3 = c2.compress(b"three") + c2.flush()
r4 = c3.flush()
print(zlib.decompress(pre + r1), zlib.decompress(pre + r2), zlib.decompress(pre + r3), zlib.decompress(pre + r4))

d = zlib.decompressobj()
d.decompress(stream[:50])
d2 = d.copy()
print(d.decompress(stream[50:]) == d2.decompress(stream[50:]))

# dictionaries
zd = b"common words common phrases"
co = zlib.compressobj(zdict=zd)
s = co.compress(b"common phrases and common words") + co.flush()
d = zlib.decompressobj(zdict=zd)
print(d.decompress(s))
d = zlib.decompressobj(zdict=bytearray(zd))
print(d.decompress(s))
co = zlib.compressobj(wbits=-15, zdict=zd)
s = co.compress(b"common words") + co.flush()
print(zlib.decompressobj(-15, zdict=zd).decompress(s))
try:
    zlib.decompressobj().decompress(s)
except zlib.error as e:
    print("error:", e)

# strategies and memLevel
for strategy in (zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED):
    co = zlib.compressobj(9, zlib.DEFLATED, 15, 9, strategy)
    s = co.compress(data) + co.flush()
    print(strategy, len(s), zlib.decompress(s) == data)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)
