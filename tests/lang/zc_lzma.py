# lzma: formats, checks, presets, streaming with max_length, files.
import io, lzma, os, tempfile

data = b"".join(b"xz line %d with some text\n" % i for i in range(3000))
x = lzma.compress(data)
print(x[:6], lzma.decompress(x) == data)
for fmt in (lzma.FORMAT_XZ, lzma.FORMAT_ALONE):
    c = lzma.compress(data, format=fmt)
    print(fmt, c[:3], lzma.decompress(c) == data, lzma.decompress(c, format=fmt) == data)
for check in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256):
    c = lzma.compress(b"checked", check=check)
    d = lzma.LZMADecompressor()
    print(check, d.check, d.decompress(c), d.check, d.eof, lzma.is_check_supported(check))
for preset in (0, 1, 6, 9 | lzma.PRESET_EXTREME):
    c = lzma.compress(data, preset=preset)
    print(preset, lzma.decompress(c) == data)
print(lzma.decompress(lzma.compress(b"")), lzma.decompress(x + x) == data * 2)
print(lzma.LZMADecompressor(format=lzma.FORMAT_ALONE).check)

co = lzma.LZMACompressor()
s = b"".join([co.compress(data[i:i + 3000]) for i in range(0, len(data), 3000)] + [co.flush()])
print(lzma.decompress(s) == data)

d = lzma.LZMADecompressor()
out = [d.decompress(s[i:i + 333]) for i in range(0, len(s), 333)]
print(b"".join(out) == data, d.eof, d.needs_input, d.unused_data, d.check)

d = lzma.LZMADecompressor()
first = d.decompress(s + b"after", 50)
print(len(first), d.needs_input, d.eof)
got = [first]
while not d.eof:
    got.append(d.decompress(b"", 10000))
print(b"".join(got) == data, d.unused_data, d.needs_input)
d = lzma.LZMADecompressor()
print(d.decompress(s[:30]), d.needs_input)
print(len(d.decompress(s[30:])) > 0, d.eof)

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "t.xz")
    with lzma.open(path, "wb", preset=1) as f:
        f.write(data)
    with lzma.open(path) as f:
        print(f.readline(), len(f.read()))
    with lzma.open(path, "rt", encoding="ascii") as f:
        print(len(f.readlines()))
    with lzma.LZMAFile(path) as f:
        f.seek(2000)
        print(f.read(12), f.tell())
buf = io.BytesIO()
with lzma.LZMAFile(buf, "w", format=lzma.FORMAT_ALONE) as f:
    f.write(b"alone in memory")
print(lzma.decompress(buf.getvalue()))
for name in ("FORMAT_AUTO", "FORMAT_XZ", "FORMAT_ALONE", "FORMAT_RAW", "CHECK_NONE", "CHECK_CRC32",
             "CHECK_CRC64", "CHECK_SHA256", "CHECK_ID_MAX", "CHECK_UNKNOWN", "FILTER_LZMA1",
             "FILTER_LZMA2", "FILTER_DELTA", "FILTER_X86", "FILTER_IA64", "FILTER_ARM",
             "FILTER_ARMTHUMB", "FILTER_SPARC", "FILTER_POWERPC", "MF_HC3", "MF_HC4", "MF_BT2",
             "MF_BT3", "MF_BT4", "MODE_FAST", "MODE_NORMAL", "PRESET_DEFAULT", "PRESET_EXTREME"]:
    print(name, getattr(lzma, name))
print(lzma.LZMAError.__module__, lzma.LZMAError.__doc__, issubclass(lzma.LZMAError, Exception))
