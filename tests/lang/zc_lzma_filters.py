# lzma filter chains: raw format, delta, BCJ, LZMA1/LZMA2 options, property helpers.
import lzma, _lzma

data = bytes(range(256)) * 40 + b"text " * 2000
chains = [
    [{"id": lzma.FILTER_LZMA2}],
    [{"id": lzma.FILTER_LZMA2, "preset": 9 | lzma.PRESET_EXTREME}],
    [{"id": lzma.FILTER_DELTA, "dist": 4}, {"id": lzma.FILTER_LZMA2, "preset": 1}],
    [{"id": lzma.FILTER_X86}, {"id": lzma.FILTER_LZMA2}],
    [{"id": lzma.FILTER_ARM, "start_offset": 16}, {"id": lzma.FILTER_LZMA2}],
    [{"id": lzma.FILTER_LZMA2, "dict_size": 1 << 20, "lc": 3, "lp": 0, "pb": 2,
      "mode": lzma.MODE_FAST, "nice_len": 32, "mf": lzma.MF_HC4, "depth": 0}],
]
for chain in chains:
    raw = lzma.compress(data, format=lzma.FORMAT_RAW, filters=chain)
    back = lzma.decompress(raw, format=lzma.FORMAT_RAW, filters=chain)
    xz = lzma.compress(data, filters=chain)
    print(len(raw), back == data, lzma.decompress(xz) == data)
lz1 = [{"id": lzma.FILTER_LZMA1, "preset": 2, "lc": 2}]
a = lzma.compress(data, format=lzma.FORMAT_ALONE, filters=lz1)
print(a[:5].hex(), lzma.decompress(a) == data)
r = lzma.compress(data, format=lzma.FORMAT_RAW, filters=lz1)
d = lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=lz1)
print(d.decompress(r) == data, d.check)

# filter property helpers (zipfile's LZMA method uses them)
print(_lzma._encode_filter_properties({"id": lzma.FILTER_LZMA1, "preset": 6}).hex())
print(_lzma._encode_filter_properties({"id": lzma.FILTER_LZMA2, "preset": 1}).hex())
print(_lzma._encode_filter_properties({"id": lzma.FILTER_DELTA, "dist": 7}).hex())
print(_lzma._encode_filter_properties({"id": lzma.FILTER_X86, "start_offset": 0}).hex())
print(_lzma._decode_filter_properties(lzma.FILTER_LZMA1, b"\x5d\x00\x00\x10\x00"))
print(_lzma._decode_filter_properties(lzma.FILTER_LZMA2, b"\x0b"))
print(_lzma._decode_filter_properties(lzma.FILTER_DELTA, b"\x03"))
print(_lzma._decode_filter_properties(lzma.FILTER_ARM, b"\x10\x00\x00\x00"))

import io, zipfile
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    z.writestr("x.lzma", data, compress_type=zipfile.ZIP_LZMA)
    z.writestr("x.bz2", data, compress_type=zipfile.ZIP_BZIP2)
with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
    for info in z.infolist():
        print(info.filename, info.compress_type, z.read(info.filename) == data)
