# unicodedata.is_normalized agrees with normalize() over ranges and on
# strings, and checks its arguments.
import unicodedata

for form in ("NFC", "NFD", "NFKC", "NFKD"):
    yes = 0
    check = 0
    for cp in list(range(0, 0x3400)) + list(range(0xf900, 0x10000)) + list(range(0x1d100, 0x1d800)):
        c = chr(cp)
        v = unicodedata.is_normalized(form, c)
        if v:
            yes += 1
            check = (check * 73 + cp + 1) % 1000000007
        if v != (unicodedata.normalize(form, c) == c):
            print("mismatch", form, hex(cp))
    print(form, yes, check)
for s in ["", "abc", "e\u0301", "\u00e9", "a\u0302\u0323", "a\u0323\u0302",
          "\u1100\u1161", "\uac00", "\u00bd", "\u0958", "e\u0301\u0301"]:
    print([hex(ord(c)) for c in s],
          [unicodedata.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: unicodedata.is_normalized("NFQ", "a"))
t(lambda: unicodedata.is_normalized(1, "a"))
t(lambda: unicodedata.is_normalized("NFC", 1))
t(lambda: unicodedata.is_normalized("NFC"))
t(lambda: unicodedata.is_normalized("NFC", "a", x=1))
