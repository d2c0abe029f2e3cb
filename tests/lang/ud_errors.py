# Argument errors of the one-character functions, as module functions.
import unicodedata


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for name in ("category", "bidirectional", "combining", "east_asian_width",
             "mirrored", "decomposition"):
    f = getattr(unicodedata, name)
    t(lambda: f())
    t(lambda: f("a", "b"))
    t(lambda: f(1))
    t(lambda: f("ab"))
    t(lambda: f(""))
    t(lambda: f(b"a"))
    t(lambda: f(chr=1))
    t(lambda: f("a", x=1))
for name in ("decimal", "digit", "numeric", "name"):
    f = getattr(unicodedata, name)
    t(lambda: f())
    t(lambda: f("1", None, None))
    t(lambda: f(None))
    t(lambda: f("12"))
    t(lambda: f("1", default=None))
    t(lambda: f("\uffff"))
    t(lambda: f("\uffff", "d"))


class S(str):
    pass


print(unicodedata.category(S("a")), unicodedata.name(S("b")))
print(unicodedata.category("\U0010ffff"), unicodedata.bidirectional("\U0010ffff") == "")
for args in [(None, "a"), ("NFC", None)]:
    try:
        unicodedata.normalize(*args)
    except TypeError as e:
        print("TypeError", e)
