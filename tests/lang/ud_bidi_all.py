# unicodedata.bidirectional over every code point.
import unicodedata

counts = {}
check = 0
for cp in range(0x110000):
    b = unicodedata.bidirectional(chr(cp))
    counts[b] = counts.get(b, 0) + 1
    v = 0
    for ch in b:
        v = v * 131 + ord(ch)
    check = (check * 37 + (cp + 1) * (v + 1)) % 1000000007
for b in sorted(counts):
    print(repr(b), counts[b])
print("checksum", check)
for c in "a\u05d0\u0627 1\u0661+,\u200f\u202a\x00\U000e0001\U0001f600":
    print(hex(ord(c)), repr(unicodedata.bidirectional(c)))
