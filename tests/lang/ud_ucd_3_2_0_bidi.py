# unicodedata.ucd_3_2_0: bidirectional and east_asian_width over every
# code point (unassigned in 3.2.0: "" and "F", as CPython answers).
import unicodedata

old = unicodedata.ucd_3_2_0
ids = {}
check = 0
for cp in range(0x110000):
    c = chr(cp)
    i = ids.setdefault((old.bidirectional(c), old.east_asian_width(c)), len(ids))
    check = (check * 79 + (cp + 1) * (i + 1)) % 1000000007
print(len(ids), check)
print(list(ids)[:40])
for c in "+-/\u00ad\u231a\u0221\U0001f600a\u05d0":
    print(hex(ord(c)), repr(old.bidirectional(c)), old.east_asian_width(c),
          repr(unicodedata.bidirectional(c)), unicodedata.east_asian_width(c))
