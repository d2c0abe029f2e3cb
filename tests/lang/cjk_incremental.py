# Incremental decoding split at every byte (the pending bytes and, for
# ISO-2022 and HZ, the shift state carried between calls), getstate /
# setstate / reset, and incremental encoding of JIS X 0213 / HKSCS pairs.
import codecs

SAMPLES = {
    "shift_jis": "日本語テキスト、ｶﾀｶﾅ and ASCII.",
    "euc_jp": "日本語\u4e02\u7e6b\u00a6テキスト",
    "euc_jis_2004": "か\u309aき\u309a\U00020089",
    "gb18030": "中文\u00e9\U0001F600\u20ac字",
    "gbk": "中文字符\u00b7",
    "big5hkscs": "\u00ca\u0304\u00ca\u030c\u00ca香港\U00020021",
    "euc_kr": "한국어\uac02텍스트",
    "cp949": "\uac02\ud7a3한",
    "johab": "한국\u3131",
    "iso2022_jp": "日本\nabc語テキスト",
    "iso2022_jp_2": "日本\u00e9\u0391한국中文",
    "iso2022_kr": "한국어\nabc텍스트",
    "hz": "中文~abc中",
}

for name, text in SAMPLES.items():
    data = text.encode(name)
    dec = codecs.getincrementaldecoder(name)()
    out = []
    for i in range(len(data)):
        out.append(dec.decode(data[i:i + 1]))
    out.append(dec.decode(b"", True))
    print(name, data, "".join(out) == text, [len(p) for p in out][:12])
    for cut in range(1, len(data)):
        d = codecs.getincrementaldecoder(name)()
        if d.decode(data[:cut]) + d.decode(data[cut:], final=True) != text:
            print("  cut at", cut, "differs")
    enc = codecs.getincrementalencoder(name)()
    pieces = [enc.encode(ch) for ch in text] + [enc.encode("", True)]
    print("  ", b"".join(pieces) == data, pieces[:8])

d = codecs.getincrementaldecoder("euc_jis_2004")()
print(d.decode(b"\xa4\xa6\xa4"), d.getstate())
d.setstate((b"\xa4", 0))
print(ascii(d.decode(b"\xa6")))
d.setstate((b"", 0))
print(ascii(d.decode(b"\xa4\xa6")))
d.decode(b"\xa4")
d.reset()
print(d.getstate())
try:
    d.decode(b"\xa4", True)
except UnicodeDecodeError as e:
    print(e)
print(d.getstate())
for bad in ((b"", 0, 0), [b"", 0], (b"", "x"), ("", 0), (b"123456789", 0)):
    try:
        d.setstate(bad)
        print("ok", bad)
    except Exception as e:
        print(type(e).__name__, e)

d = codecs.getincrementaldecoder("iso2022_jp")()
print(d.decode(b"\x1b$B"), hex(d.getstate()[1]), d.decode(b"$\""), d.decode(b"\x1b"),
      d.getstate())
d.reset()
print(hex(d.getstate()[1]))
d = codecs.getincrementaldecoder("iso2022_kr")()
d.decode(b"\x1b$)C\x0e")
print(hex(d.getstate()[1]))
d.reset()
print(hex(d.getstate()[1]))
d = codecs.getincrementaldecoder("hz")()
d.decode(b"~{")
print(d.getstate())

e = codecs.getincrementalencoder("euc_jis_2004")()
print(e.encode("か"), e.getstate(), e.encode("\u309a"), e.getstate())
print(e.encode("か"), e.encode("", True), e.getstate())
e.encode("か")
st = e.getstate()
e.reset()
print(st, e.getstate())
try:
    e.encode("\u309a", True)
except UnicodeEncodeError as ex:
    print(ex)
e.setstate(st)
print(e.encode("\u309a", True))
e = codecs.getincrementalencoder("iso2022_jp")()
print(e.encode("日"), e.getstate(), e.encode("本"), e.encode("", True), e.getstate())
e.encode("日")
e.reset()
print(e.getstate(), e.encode("a"))
e = codecs.getincrementalencoder("big5hkscs")()
print(e.encode("\u00ca"), e.encode("\u00ca"), e.encode("\u0304"), e.encode("x"))
try:
    e.setstate(2 ** 200)
except Exception as ex:
    print(type(ex).__name__, ex)
e = codecs.getincrementalencoder("shift_jis")("replace")
print(e.errors, e.encode("\u00e9\u3042"))
e.errors = "ignore"
print(e.errors, e.encode("\u00e9\u3042"))
try:
    e.errors = 3
except TypeError as ex:
    print("TypeError", ex)
