# Every two-byte sequence with a non-ASCII first byte, decoded in one run
# with 'replace' and 'backslashreplace': the characters and the error spans
# (how many bytes each illegal sequence takes) must be CPython's.
import zlib

CODECS = ["gb2312", "gbk", "gb18030", "big5", "cp950", "big5hkscs", "cp932",
          "shift_jis", "euc_jp", "shift_jis_2004", "shift_jisx0213", "euc_jis_2004",
          "euc_jisx0213", "euc_kr", "cp949", "johab", "hz"]

data = bytes(b for b1 in range(0x80, 0x100) for b2 in range(256) for b in (b1, b2))
for name in CODECS:
    r = data.decode(name, "replace")
    s = data.decode(name, "backslashreplace")
    print(name, len(r), zlib.crc32(r.encode("utf-8", "surrogatepass")), r.count("\ufffd"),
          len(s), zlib.crc32(s.encode("utf-8", "surrogatepass")))
    spans = []

    def record(e, spans=spans):
        spans.append((e.start, e.end, e.reason))
        return "", e.end
    import codecs
    codecs.register_error("cjk_record_" + name, record)
    data[:4096].decode(name, "cjk_record_" + name)
    print("  ", len(spans), spans[:6], sorted(set(e - s for s, e, _ in spans)))

# three- and four-byte forms: EUC-JP's 0x8F, gb18030's four bytes, the
# EUC-KR make-up sequences
for name, samples in [
        ("euc_jp", [b"\x8f\xa2\xaf", b"\x8f\xa1\xa1", b"\x8f\xb0", b"\x8f", b"\x8e\xb1"]),
        ("euc_jis_2004", [b"\x8f\xa1\xa1", b"\x8f\xfe\xf6", b"\xa4\xf7"]),
        ("gb18030", [b"\x81\x30\x81\x30", b"\x84\x31\xa4\x39", b"\x90\x30\x81\x30",
                     b"\xe3\x32\x9a\x35", b"\xe3\x32\x9a\x36", b"\x81\x30\x81", b"\x81\x30",
                     b"\x81\x30\x7f\x30", b"\xfe\x39\xfe\x39"]),
        ("euc_kr", [b"\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xd4", b"\xa4\xd4\xa4\xbe\xa4\xd3\xa4\xbe",
                    b"\xa4\xd4\xa4\xa1\xa4\xbf", b"\xa4\xd4\xa4\xa1\xa4\xbf\xa3\xd4",
                    b"\xa4\xd4\xa4\xd4\xa4\xd4\xa4\xd4"]),
]:
    for b in samples:
        try:
            print(name, b, ascii(b.decode(name)))
        except UnicodeDecodeError as e:
            print(name, b, type(e).__name__, e)
        print("   ", ascii(b.decode(name, "replace")))
