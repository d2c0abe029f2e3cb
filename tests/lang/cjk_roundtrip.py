# Every CJK codec over a sample of its repertoire: which characters encode,
# to what bytes, and that the bytes decode back (checksums keep it short).
import zlib

CODECS = ["gb2312", "gbk", "gb18030", "hz", "big5", "cp950", "big5hkscs",
          "cp932", "shift_jis", "euc_jp", "shift_jis_2004", "shift_jisx0213",
          "euc_jis_2004", "euc_jisx0213", "euc_kr", "cp949", "johab",
          "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004",
          "iso2022_jp_3", "iso2022_jp_ext", "iso2022_kr"]

RANGES = [(0x80, 0x3000, 7), (0x3000, 0x3400, 1), (0x4E00, 0xA000, 13),
          (0xAC00, 0xD7A4, 11), (0xE000, 0x10000, 5), (0x20000, 0x2A6E0, 101)]

for name in CODECS:
    ok = []
    blob = bytearray()
    for lo, hi, step in RANGES:
        for cp in range(lo, hi, step):
            ch = chr(cp)
            try:
                b = ch.encode(name)
            except UnicodeEncodeError:
                continue
            ok.append(cp)
            blob += b
            try:
                back = b.decode(name)
            except UnicodeDecodeError as e:     # CPython's euc_kr make-up bug
                back = "error %s %d-%d" % (e.reason, e.start, e.end)
            if back != ch and len(ok) % 50 == 0:
                print(name, hex(cp), "decodes back as", ascii(back))
    text = "".join(map(chr, ok))
    whole = text.encode(name)
    print(name, len(ok), zlib.crc32(blob), len(whole), zlib.crc32(whole),
          whole.decode(name, "replace") == text)
