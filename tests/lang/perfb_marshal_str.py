# marshal's str records: ASCII, UTF-8, interned, empty, and corrupt data;
# code objects loaded from compiled source keep their names and positions.
import marshal

samples = ["", "a", "abcdefgh", "abcdefghi", "x" * 100, "caf\xe9", "\u20ac" * 9,
           "\U0001f600 ok", "mixed ascii then \xff", "1234567\x80", "\udc80"]
for s in samples:
    data = marshal.dumps(s)
    back = marshal.loads(data)
    print(repr(s)[:30], len(data), back == s, type(back).__name__)

# interned names survive the round trip and stay identical
t = marshal.loads(marshal.dumps(("alpha", "alpha", "beta")))
print(t, t[0] is t[1])

# 'a'/'z' (ASCII) records with a high byte read as Latin-1, as CPython
print(repr(marshal.loads(b"z\x03a\xe9b")))
print(repr(marshal.loads(b"a\x02\x00\x00\x00\xff\x7f")))
# 'u' records must be UTF-8
for bad in (b"u\x01\x00\x00\x00\xff", b"u\x02\x00\x00\x00\xc3"):
    try:
        marshal.loads(bad)
    except Exception as e:
        print(type(e).__name__)
# truncated records
for bad in (b"z\x05abc", b"u\x09\x00\x00\x00abc", b"("):
    try:
        marshal.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)

# a code object through marshal keeps running and reports its lines
src = "def f(x):\n    y = x + 1\n    return y * 2\n\n\ndef g():\n    return 1 / 0\n"
code = compile(src, "<perfb>", "exec")
ns = {}
exec(marshal.loads(marshal.dumps(code)), ns)
print(ns["f"](20))
try:
    ns["g"]()
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("line", tb.tb_lineno, tb.tb_frame.f_code.co_name)
print({2, 3} <= {p[0] for p in ns["f"].__code__.co_positions()})
