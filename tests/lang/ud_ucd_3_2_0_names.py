# unicodedata.ucd_3_2_0.name over every code point: characters assigned
# after Unicode 3.2.0 have no name there.
import unicodedata

old = unicodedata.ucd_3_2_0
named = 0
check = 0
first_missing = []
for cp in range(0x110000):
    c = chr(cp)
    if old.name(c, None) is not None:
        named += 1
        check = (check * 83 + cp) % 1000000007
    elif len(first_missing) < 12 and unicodedata.name(c, None) is not None:
        first_missing.append(hex(cp))
print(named, check)
print(first_missing)
print(old.name("a"), old.name("\uac00"), old.name("\u4e00"), old.name("\u9fa5"))
print(old.name("\u9fa6", None), unicodedata.name("\u9fa6"))
