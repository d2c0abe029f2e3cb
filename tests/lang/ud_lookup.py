# unicodedata.lookup: every 5th named character round-trips, in upper and
# lower case; aliases, named sequences, computed names, bytes, errors.
import unicodedata

bad = 0
checked = 0
for cp in range(0, 0x110000, 5):
    c = chr(cp)
    n = unicodedata.name(c, None)
    if n is None:
        continue
    checked += 1
    if unicodedata.lookup(n) != c:
        bad += 1
    if cp % 35 == 0 and unicodedata.lookup(n.lower()) != c:
        bad += 1
print("checked", checked, "bad", bad)


def t(f):
    try:
        r = f()
        print(repr(r), [hex(ord(c)) for c in r])
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: unicodedata.lookup("LATIN SMALL LETTER A"))
t(lambda: unicodedata.lookup("latin small letter a with acute"))
t(lambda: unicodedata.lookup("LF"))
t(lambda: unicodedata.lookup("NULL"))
t(lambda: unicodedata.lookup("byte order mark"))
t(lambda: unicodedata.lookup("LATIN CAPITAL LETTER GHA"))
t(lambda: unicodedata.lookup("TAMIL SYLLABLE KSSA"))
t(lambda: unicodedata.lookup("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE"))
t(lambda: unicodedata.lookup("KATAKANA LETTER AINU P"))
t(lambda: unicodedata.lookup("HANGUL SYLLABLE GAG"))
t(lambda: unicodedata.lookup("hangul syllable ga"))
t(lambda: unicodedata.lookup("CJK UNIFIED IDEOGRAPH-4E00"))
t(lambda: unicodedata.lookup("CJK UNIFIED IDEOGRAPH-20000"))
t(lambda: unicodedata.lookup("CJK UNIFIED IDEOGRAPH-4DFF"))
t(lambda: unicodedata.lookup("cjk unified ideograph-4e00"))
t(lambda: unicodedata.lookup("CJK COMPATIBILITY IDEOGRAPH-F900"))
t(lambda: unicodedata.lookup(b"DIGIT SEVEN"))
t(lambda: unicodedata.lookup("NO SUCH THING"))
t(lambda: unicodedata.lookup(""))
t(lambda: unicodedata.lookup("LATIN SMALL LETTER A "))
t(lambda: unicodedata.lookup("X" * 256))
t(lambda: unicodedata.lookup("X" * 257))
t(lambda: unicodedata.lookup("a\x00b"))
t(lambda: unicodedata.lookup("\u00e9"))
t(lambda: unicodedata.lookup("\udc80"))
t(lambda: unicodedata.lookup(5))
t(lambda: unicodedata.lookup(bytearray(b"DIGIT ONE")))
t(lambda: unicodedata.lookup())
t(lambda: unicodedata.lookup("A", "B"))
t(lambda: unicodedata.lookup(name="DIGIT ONE"))
