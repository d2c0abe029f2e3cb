# The CJK StreamReader / StreamWriter over byte streams: read sizes,
# readline(s), pending bytes across reads, writer state and reset().
import codecs
import io

for name, text in [("shift_jis", "一行目\n二行目は長い\r\nthird ｶﾅ\n"),
                   ("iso2022_jp", "一行目\n二行目\nthree\n"),
                   ("gb18030", "第一\n第二\U0001F600\n"), ("hz", "中文\nabc~\n中\n"),
                   ("euc_kr", "첫째\n둘째\n")]:
    data = text.encode(name)
    for size in (-1, 1, 2, 3, 5, 100):
        r = codecs.getreader(name)(io.BytesIO(data))
        parts = []
        while True:
            s = r.read(size)
            if not s:
                break
            parts.append(s)
        print(name, size, "".join(parts) == text, len(parts))
    r = codecs.getreader(name)(io.BytesIO(data))
    print("  lines", [ascii(x) for x in r.readlines()])
    r = codecs.getreader(name)(io.BytesIO(data))
    print("  readline", ascii(r.readline()), ascii(r.readline(3)), ascii(r.read()))
    buf = io.BytesIO()
    w = codecs.getwriter(name)(buf)
    for ch in text:
        w.write(ch)
    w.reset()
    print("  writer", buf.getvalue() == data, buf.getvalue()[:20])
    buf = io.BytesIO()
    w = codecs.getwriter(name)(buf)
    w.writelines([text[:3], text[3:]])
    print("  writelines", buf.getvalue() == data[:len(buf.getvalue())], len(buf.getvalue()))

buf = io.BytesIO()
w = codecs.getwriter("euc_jis_2004")(buf)
w.write("か")
print(buf.getvalue(), w.stream is buf)
w.write("\u309a")
print(buf.getvalue())
w.write("か")
w.reset()
print(buf.getvalue())
w = codecs.getwriter("iso2022_jp")(io.BytesIO())
w.write("日")
w.reset()
print(w.stream.getvalue())
try:
    w.writelines(5)
except TypeError as e:
    print("TypeError", e)
try:
    codecs.getwriter("shift_jis")(io.BytesIO()).write("\u00e9")
except UnicodeEncodeError as e:
    print(e)
w = codecs.getwriter("shift_jis")(io.BytesIO(), "xmlcharrefreplace")
w.write("\u00e9\u3042")
print(w.stream.getvalue(), w.errors)

r = codecs.getreader("shift_jis")(io.BytesIO(b"\x82\xa0\x82"))
print(ascii(r.read(2)))
try:
    r.read()
except UnicodeDecodeError as e:
    print(e)
r = codecs.getreader("shift_jis")(io.BytesIO(b"\x82\xa0\x82"), "replace")
print(ascii(r.read()))
try:
    r.read("x")
except TypeError as e:
    print("TypeError", e)


class NotBytes:
    def read(self, n=-1):
        return "str"


try:
    codecs.getreader("gbk")(NotBytes()).read()
except TypeError as e:
    print("TypeError", e)
with codecs.open(__file__ + ".tmp", "w", "euc_jp") as f:
    f.write("日本語\n")
with codecs.open(__file__ + ".tmp", "r", "euc_jp") as f:
    print(ascii(f.read()))
import os
os.remove(__file__ + ".tmp")
