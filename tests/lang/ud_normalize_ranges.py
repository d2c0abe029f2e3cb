# unicodedata.normalize in all four forms, character by character over
# the ranges where decompositions live, summarised as checksums.
import unicodedata

RANGES = [(0, 0x3400), (0xa000, 0xac40), (0xd7a0, 0xd800), (0xf900, 0x10000),
          (0x10000, 0x10400), (0x1d100, 0x1d800), (0x1f100, 0x1f300), (0x2f800, 0x2fa20)]
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    changed = 0
    check = 0
    for lo, hi in RANGES:
        for cp in range(lo, hi):
            r = unicodedata.normalize(form, chr(cp))
            if r != chr(cp):
                changed += 1
                h = len(r)
                for ch in r:
                    h = (h * 1000003 + ord(ch)) % 1000000007
                check = (check * 71 + (cp + 1) * h) % 1000000007
    print(form, changed, check)
# Every Hangul syllable decomposes and recomposes.
ok = 0
for cp in range(0xac00, 0xd7a4):
    d = unicodedata.normalize("NFD", chr(cp))
    if len(d) in (2, 3) and unicodedata.normalize("NFC", d) == chr(cp):
        ok += 1
print("hangul", ok)
