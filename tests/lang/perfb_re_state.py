# Engine state edge cases: many groups (marks past the inline storage),
# deep backtracking (stack past its inline bytes), interleaved finditer
# scanners, Pattern.scanner, and a pattern reused until its bitmaps are hot.
import re

many = re.compile("".join("(%s)" % c for c in "abcdefghijklmnopqrst") + "(x)?")
m = many.search("..abcdefghijklmnopqrstx..")
print(m.span(), m.groups()[-3:], m.lastindex, len(m.groups()))
print(many.findall("abcdefghijklmnopqrst" * 2)[1][:3])

deep = re.compile(r"(a|b|ab)*c")
s = "ab" * 3000 + "c"
print(deep.match(s).span(), deep.match("ab" * 5 + "d"))
print(re.match(r"(?:(\d)\s*)+$", "1 2 3 " * 500).group(1))

it1 = re.finditer(r"\d+", "a1b22c333d4444")
it2 = re.finditer(r"[a-z]", "a1b22c333d4444")
out = []
for x, y in zip(it1, it2):
    out.append((x.group(), y.group(), x.span(), y.span()))
print(out)
sc = re.compile(r"(\w)|(\s)").scanner("ab c")
steps = []
while (mm := sc.match()) is not None:
    steps.append((mm.lastindex, mm.group()))
print(steps)
sc2 = re.compile(r"\d").scanner("a1b2")
print(sc2.search().group(), sc2.search().group(), sc2.search(), sc2.match())

word = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|\S")
text = "for i in range(10): total += i * 2  # sum évén ünïcode ✓ " * 40
counts = {}
for _ in range(30):
    for tok in word.findall(text):
        counts[tok] = counts.get(tok, 0) + 1
print(sorted(counts.items())[:12], len(counts))
print(re.sub(r"[^\w\s]", "", text)[:60], re.split(r"\s+", text.strip())[:8])
print([m.span() for m in re.finditer(r"\b", "ab cd")], re.findall(r"\S+", "  x  yz "))
