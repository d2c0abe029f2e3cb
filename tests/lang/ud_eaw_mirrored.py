# unicodedata.east_asian_width and mirrored over every code point.
import unicodedata

eaw = {}
check = 0
mirrored = []
for cp in range(0x110000):
    c = chr(cp)
    w = unicodedata.east_asian_width(c)
    eaw[w] = eaw.get(w, 0) + 1
    check = (check * 41 + (cp + 1) * (ord(w[0]) + len(w))) % 1000000007
    if unicodedata.mirrored(c):
        mirrored.append(cp)
for w in sorted(eaw):
    print(w, eaw[w])
print("eaw checksum", check)
print("mirrored", len(mirrored), sum(mirrored), mirrored[:20], mirrored[-5:])
for c in "a\u4e00\uff21\uff61\u00a1\u0300 \U0001f600\U00020000\ue000":
    print(hex(ord(c)), unicodedata.east_asian_width(c), unicodedata.mirrored(c))
print(type(unicodedata.mirrored("(")).__name__)
