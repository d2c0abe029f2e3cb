# unicodedata.ucd_3_2_0: the numeric properties, combining classes and
# decompositions over every code point (digit() ignores the 3.2.0 delta in
# CPython; decimal() and numeric() do not).
import unicodedata

old = unicodedata.ucd_3_2_0
check = 0
counts = [0, 0, 0, 0, 0]
for cp in range(0x110000):
    c = chr(cp)
    v = old.combining(c)
    d = old.decimal(c, -1)
    g = old.digit(c, -1)
    n = old.numeric(c, None)
    dec = old.decomposition(c)
    counts[0] += v != 0
    counts[1] += d >= 0
    counts[2] += g >= 0
    counts[3] += n is not None
    counts[4] += dec != ""
    if v or d >= 0 or g >= 0 or n is not None or dec:
        v = ((v * 13 + d + 1) * 13 + g + 1) * 7 + len(dec)
        if n is not None:
            v = v * 17 + int(n * 4) % 1000
        check = (check * 79 + (cp + 1) * v) % 1000000007
print(counts, check)
for c in "1\u00b2\u00bd\u07c0\u0221\u2155\U0001d7ce\u0301":
    print(hex(ord(c)), old.combining(c), old.decimal(c, None), old.digit(c, None),
          old.numeric(c, None), repr(old.decomposition(c)))
