# unicodedata.ucd_3_2_0, the Unicode 3.2.0 database IDNA uses: its
# category and mirrored over every code point, and its lookup without
# aliases or named sequences.
import unicodedata

old = unicodedata.ucd_3_2_0
print(type(old).__name__, type(old).__module__, old.unidata_version)
cats = {}
check = 0
for cp in range(0x110000):
    c = chr(cp)
    cat = old.category(c)
    cats[cat] = cats.get(cat, 0) + 1
    v = (ord(cat[0]) * 128 + ord(cat[1])) * 3 + old.mirrored(c)
    check = (check * 79 + (cp + 1) * v) % 1000000007
print(sorted(cats.items()))
print("checksum", check)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: old.lookup("LATIN SMALL LETTER A"))
t(lambda: old.lookup("latin small letter b"))
t(lambda: old.lookup("LF"))
t(lambda: old.lookup("TAMIL SYLLABLE KSSA"))
t(lambda: old.lookup("GRINNING FACE"))
t(lambda: old.lookup("HANGUL SYLLABLE GA"))
t(lambda: old.lookup("CJK UNIFIED IDEOGRAPH-4E00"))
t(lambda: old.lookup("CJK UNIFIED IDEOGRAPH-9FFF"))
t(lambda: old.lookup("LATIN SMALL LETTER D WITH CURL"))
t(lambda: old.name("\u0221"))
t(lambda: old.name("\u0221", None))
t(lambda: old.category("\u0221"))
t(lambda: old.decimal("\u00b2"))
t(lambda: unicodedata.decimal("\u00b2", None))
t(lambda: old.digit("\u07c0"))
t(lambda: old.numeric("\u07c0", "none"))
t(lambda: old.bidirectional("+"))
t(lambda: old.east_asian_width("\u231a"))
t(lambda: old.mirrored("\u0f3a"))
t(lambda: old.category())
t(lambda: old.category("ab"))
t(lambda: old.decimal("1", 2, 3))
t(lambda: old.lookup(name="x"))
t(lambda: old.normalize("NFC", "e\u0301"))
t(lambda: old.is_normalized("NFD", "\u00e9"))
t(lambda: old.normalize("NFZ", "a"))
t(lambda: type(old)())
t(lambda: old.unidata_version)
