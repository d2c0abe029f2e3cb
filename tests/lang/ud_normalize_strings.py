# unicodedata.normalize on strings: reordering of marks, composition,
# blocked pairs, compatibility forms, Hangul, and the errors.
import unicodedata

SAMPLES = [
    "", "abc", "e\u0301", "\u00e9", "a\u0323\u0302", "a\u0302\u0323",
    "\u1e0b\u0323", "d\u0307\u0323", "q\u0307\u0323", "\u212b", "\u2126",
    "\ufb01x", "\u00bd", "\u2460", "\u1100\u1161\u11a8", "\uac00\u11a8",
    "\u1100\u1161", "\u0041\u030a\u0301", "\u0344", "\u0f73", "\u1e9b\u0323",
    "\U0001d15e\U0001d165", "\u0958", "\u3300", "\uff76\uff9e",
    "a\u0301\u0301b", "\u0301a", "\u00c5\u0328", "\u05d0\u05b7\u05bc",
    "\ud800x", "caf\u00e9 \u2163 \ufb03",
]
for s in SAMPLES:
    out = [unicodedata.normalize(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")]
    print([hex(ord(c)) for c in s], [[hex(ord(c)) for c in o] for o in out])


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: unicodedata.normalize("nfc", "a"))
t(lambda: unicodedata.normalize("NFX", "a"))
t(lambda: unicodedata.normalize("", "a"))
t(lambda: unicodedata.normalize(b"NFC", "a"))
t(lambda: unicodedata.normalize("NFC", b"a"))
t(lambda: unicodedata.normalize("NFC"))
t(lambda: unicodedata.normalize("NFC", "a", "b"))
t(lambda: unicodedata.normalize(form="NFC", unistr="a"))


class S(str):
    pass


r = unicodedata.normalize("NFC", S("abc"))
print(type(r).__name__, r)
r = unicodedata.normalize("NFD", S("\u00e9"))
print(type(r).__name__, [hex(ord(c)) for c in r])
