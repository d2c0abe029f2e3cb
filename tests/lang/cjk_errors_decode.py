# Decoding errors of the CJK codecs: messages, positions, every builtin
# handler and custom ones (what they return, positions they give back).
import codecs

CASES = [("shift_jis", b"ab\x82\xa0\x82\xffcd\x81"), ("euc_jp", b"\xa4\xa2\xff\x8f\xa2"),
         ("gbk", b"\x81\x30x\xfe\xff\xd2\xbb\x81"), ("gb18030", b"\x81\x30\x81\x30\x81\x30\x7f\x30z\x81\x30"),
         ("big5", b"\xa4\x40\xa4\x20\xf9"), ("cp949", b"\xb0\xa1\xc9\xa1\xff\x81"),
         ("euc_kr", b"\xb0\xa1\xa4\xd4\xa4\xa1"), ("johab", b"\x88\x61\x84\x40\xd8"),
         ("iso2022_jp", b"a\x1b$B0l\x1b(Bb\x1b$B\x30\x7f\x1b(B\x1b$Z\x80"),
         ("iso2022_kr", b"\x1b$)C\x0e0!\x0fA\x0e\x7f\x7f\x0f\xff"),
         ("hz", b"a~{R;~}~x~{\x7f\x7f~}~"), ("big5hkscs", b"\x88\x62\x88\x64\x88\x66\x88")]

for name, data in CASES:
    try:
        data.decode(name)
    except UnicodeDecodeError as e:
        print(name, "strict:", e, "|", e.encoding, e.start, e.end, e.reason, e.object == data)
    for errors in ("replace", "ignore", "backslashreplace", "surrogateescape"):
        try:
            print("  ", errors, ascii(data.decode(name, errors)))
        except Exception as e:
            print("  ", errors, type(e).__name__, e)

calls = []


def skip_two(e):
    calls.append((e.start, e.end, e.reason, type(e.object).__name__))
    return "<%d:%d>" % (e.start, e.end), e.end + 1


def back_to_start(e):           # negative positions count from the end
    calls.append((e.start, e.end))
    return "[]", -1 if len(calls) < 3 else e.end


def bad_tuple(e):
    return ("x",)


def bad_type(e):
    return (b"x", e.end)


def far(e):
    return ("", 1000)


for h in (skip_two, back_to_start, bad_tuple, bad_type, far):
    codecs.register_error("cjk_test_" + h.__name__, h)

for name, data in CASES[:6]:
    for h in ("skip_two", "back_to_start", "bad_tuple", "bad_type", "far"):
        calls.clear()
        try:
            r = data.decode(name, "cjk_test_" + h)
            print(name, h, ascii(r), calls)
        except Exception as e:
            print(name, h, type(e).__name__, e, calls)

try:
    b"\x82".decode("shift_jis", "no_such_handler")
except LookupError as e:
    print("LookupError", e)
print(ascii(b"".decode("cp932")), ascii(bytearray(b"\x82\xa0").decode("cp932")),
      ascii(codecs.decode(memoryview(b"\x82\xa0"), "cp932")))
try:
    codecs.lookup("cp932").decode("str")
except TypeError as e:
    print("TypeError", e)
print(codecs.lookup("cp932").decode(b"\x82\xa0\x82", "replace"))
