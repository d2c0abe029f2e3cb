# search() for a pattern that is an alternation with no literal prefix:
# positions no alternative can start at are skipped, first by testing each
# alternative, then (after enough characters) through a cached bitmap.
# Results must not depend on which of the two is in use.
import re

BOT = re.compile(r"bot|crawl|spider", re.IGNORECASE)
agents = ["Mozilla/5.0 (X11; Linux)", "curl/7.88.1", "Python-urllib/3.11", "Googlebot/2.1",
          "BOT", "xCrAwLx", "SPIDER-man", "ro-bo-t", "", "b", "spide", "\u017fpider",
          "\u212aitten crawl", "caf\xe9 bot", "\U0001f600bot", "\u0130SPIDER"]
# many rounds: the first ones scan alternative by alternative, later ones
# use the bitmap built for the pattern
for rnd in range(60):
    found = [(m.start(), m.group()) if (m := BOT.search(a)) else None for a in agents]
    if rnd in (0, 59):
        print(ascii(found))
print(sum(1 for _ in range(300) if BOT.search("x" * 40 + "Crawler")))

# alternatives with classes, groups and case rules of several kinds
cases = [
    (r"(?:ab|[0-9]x|\.y)", 0, "zzz9x ab .y"),
    (r"(a)|(b)|(c)", 0, "xxxcba"),
    (r"\u20acx|\xe9y|zz", 0, "aaa\u20acx\xe9y zz"),
    (r"[\u0100-\u017f]q|kk", re.IGNORECASE, "aaKK\u0101Q"),
    (r"\u212a|s", re.IGNORECASE, "aaak"),
    (r"ss|k", re.IGNORECASE | re.ASCII, "\u212a\u017fSS"),
    (r"foo|bar", re.IGNORECASE, "x" * 3000 + "BaR" + "foo"),
    (r"(?i:x|y)z|w", 0, "aaYzW"),
]
for pat, flags, text in cases:
    p = re.compile(pat, flags)
    for _ in range(40):
        m = p.search(text)
    print(ascii(pat), m and (m.span(), ascii(m.group())), ascii([m.group() for m in p.finditer(text)]))
    print([m.span() for m in p.finditer(text, 2)], p.search(text, 1, 3))

# empty alternatives and anchors are not skipped over
for pat, text in [(r"a|", "xyz"), (r"^b|c", "abc"), (r"x|\bq", "a q"), (r"(?=z)|y", "..z")]:
    print(ascii(pat), [m.span() for m in re.finditer(pat, text)])
