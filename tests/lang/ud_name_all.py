# unicodedata.name over every code point: how many names, their total
# length, a checksum of their text; then individual names and defaults.
import unicodedata

count = 0
total = 0
check = 0
longest = ""
for cp in range(0x110000):
    n = unicodedata.name(chr(cp), None)
    if n is None:
        continue
    count += 1
    total += len(n)
    if len(n) > len(longest):
        longest = n
    h = 0
    for ch in n[-12:]:
        h = h * 67 + ord(ch)
    check = (check * 61 + (cp + 1) * (h % 1000003 + len(n))) % 1000000007
print(count, total, check)
print(longest)
for c in "a \u00e9\u01c5\u4e00\u9fff\U00020000\U0002a6df\U00030000\uac00\ud7a3\uac01\uf900\U0002f800\U0001f600\U000e0100\u17d2":
    print(hex(ord(c)), unicodedata.name(c))
for c in "\x00\x1f\x7f\ud800\ue000\U0010ffff\u0378":
    print(hex(ord(c)), unicodedata.name(c, "<none>"))
try:
    unicodedata.name("\x00")
except ValueError as e:
    print("ValueError", e)
print(unicodedata.name("\x00", 42))
