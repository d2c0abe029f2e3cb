# unicodedata.category over every code point: per-category counts and a
# position-weighted checksum, so any single wrong answer shows.
import unicodedata

counts = {}
order = []
check = 0
for cp in range(0x110000):
    cat = unicodedata.category(chr(cp))
    if cat not in counts:
        counts[cat] = 0
        order.append(cat)
    counts[cat] += 1
    check = (check * 31 + (cp + 1) * (ord(cat[0]) * 128 + ord(cat[1]))) % 1000000007
for cat in sorted(order):
    print(cat, counts[cat])
print("checksum", check)
# A few individual answers.
for c in "aA1 \t\u00e9\u01c5\u0301\u2028\ud800\ue000\U0010ffff\U0001f600\u4e00\uac00":
    print(hex(ord(c)), unicodedata.category(c))
