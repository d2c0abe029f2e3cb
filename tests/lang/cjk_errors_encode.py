# Encoding errors: messages and positions, the builtin handlers (each goes
# through the codec, so ISO-2022 shifts back for '?'), custom handlers that
# return str or bytes, and the checks on what they return.
import codecs

TEXTS = ["a\u00e9b\u4e00\U0001F600c", "\u3042\udc80\u3044", "x\u20acy\uac00z", "\u0100\u0101"]
NAMES = ["shift_jis", "euc_jp", "gb2312", "gbk", "gb18030", "big5", "euc_kr", "cp949",
         "johab", "iso2022_jp", "iso2022_kr", "hz", "big5hkscs", "euc_jis_2004"]

for name in NAMES:
    for text in TEXTS:
        try:
            text.encode(name)
            print(name, ascii(text), "ok")
        except UnicodeEncodeError as e:
            print(name, "strict:", e, "|", e.start, e.end, e.reason)
        for errors in ("replace", "ignore", "backslashreplace", "xmlcharrefreplace",
                       "namereplace", "surrogateescape", "surrogatepass"):
            try:
                print("  ", errors, text.encode(name, errors))
            except Exception as e:
                print("  ", errors, type(e).__name__, e)


def as_bytes(e):
    return b"<bytes>", e.end


def as_kanji(e):
    return "\u6f22", e.end


def unencodable(e):
    return "\u00e9", e.end


def wrong(e):
    return 42, e.end


def negative(e):
    return "!", -1


for h in (as_bytes, as_kanji, unencodable, wrong, negative):
    codecs.register_error("cjk_enc_" + h.__name__, h)
for name in ("shift_jis", "iso2022_jp", "hz", "euc_kr"):
    for h in ("as_bytes", "as_kanji", "unencodable", "wrong", "negative"):
        try:
            print(name, h, "a\u00e9\u00e9b".encode(name, "cjk_enc_" + h))
        except Exception as e:
            print(name, h, type(e).__name__, e)

c = codecs.lookup("euc_jp")
print(c.encode("abc"), c.encode(""), c.encode("\u3042", None))
for bad in (b"bytes", 12, None):
    try:
        print(c.encode(bad))
    except TypeError as e:
        print("TypeError", e)
try:
    c.encode("x", 5)
except TypeError as e:
    print("TypeError", e)
