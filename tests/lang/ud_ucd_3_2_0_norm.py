# unicodedata.ucd_3_2_0.normalize and is_normalized: characters assigned
# after 3.2.0 do not decompose there, five ideographs decompose as they
# did in 3.2.0, and there is no quick check (a new str comes back).
import unicodedata

old = unicodedata.ucd_3_2_0
RANGES = [(0x80, 0x3400), (0xa000, 0xac40), (0xf900, 0x10000), (0x10000, 0x10400),
          (0x1d100, 0x1d800), (0x1f100, 0x1f300), (0x2f800, 0x2fa20)]
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    changed = 0
    differ = []
    check = 0
    for lo, hi in RANGES:
        for cp in range(lo, hi):
            c = chr(cp)
            r = old.normalize(form, c)
            if r != c:
                changed += 1
                h = len(r)
                for ch in r:
                    h = (h * 1000003 + ord(ch)) % 1000000007
                check = (check * 71 + (cp + 1) * h) % 1000000007
            if r != unicodedata.normalize(form, c) and len(differ) < 8:
                differ.append(hex(cp))
    print(form, changed, check, differ)
for s in ["\u0220\u0301", "\U0002f868", "\u1e9b\u0323", "a\u0301", "\u00e9",
          "\u0221", "\ufb01", "\u3300"]:
    print([hex(ord(c)) for c in s],
          [[hex(ord(c)) for c in old.normalize(f, s)] for f in ("NFC", "NFD", "NFKC", "NFKD")],
          [old.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])


class S(str):
    pass


for s in ["", "abc", "\u00e9"]:
    r = old.normalize("NFC", S(s))
    print(repr(s), type(r).__name__, type(unicodedata.normalize("NFC", S(s))).__name__)
