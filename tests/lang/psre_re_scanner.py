# finditer and Pattern.scanner: each step resumes where the last match
# ended, empty matches advance, windows clip, and iterators interleave.
import re

def spans(it):
    return [(m.span(), m.group()) for m in it]

p = re.compile(r"x*")
for s in ["", "x", "axxb", "xxaxx", "\u20acxx\u20ac", "\U0001f600x\U0001f600xx"]:
    print(ascii(spans(p.finditer(s))))
print(spans(p.finditer("axxbx", 1, 4)), spans(p.finditer("axxb", 5)),
      spans(p.finditer("axxb", 2, 1)), spans(p.finditer("axxb", -3, 99)))

# lastindex, groups and pos/endpos on the Matches a finditer makes
q = re.compile(r"(?P<k>[a-z]+)=(?P<v>[^&]*)|(?P<amp>&)")
for m in q.finditer("a=1&bb=&c=33", 0, 11):
    print(m.span(), m.lastindex, m.lastgroup, m.groups(), m.pos, m.endpos)

# two iterators over the same pattern interleaved keep separate positions
d = re.compile(r"\d+")
a, b = d.finditer("1 22 333"), d.finditer("4444 55555")
print(next(a).group(), next(b).group(), next(a).group(), next(b).group(), next(a).group())
print(next(a, None), next(b, None), next(a, None))

# an abandoned iterator is harmless; exhaustion is sticky
it = d.finditer("7 8 9")
print(next(it).group())
del it
it = d.finditer("1")
print(list(it), list(it))

# scanner: match anchors at the resume point, search scans from it
sc = re.compile(r"\d*").scanner("a12b", 1, 3)
print([m and m.span() for m in (sc.search(), sc.search(), sc.search(), sc.search())])
sc = re.compile(r"[a-z]").scanner("ab1c")
print([m and m.group() for m in (sc.match(), sc.match(), sc.match(), sc.match(), sc.search())])
sc = re.compile(r"").scanner("ab")
print([m and m.span() for m in (sc.match(), sc.match(), sc.match())])
print(sc.pattern.pattern == "", type(sc).__name__)
try:
    sc.match(1)
except Exception as e:
    print(type(e).__name__, e)

# bytes subjects, bytearray and memoryview; type mismatches
print(spans(re.finditer(rb"[a-z]+", b"ab 12 cd")))
print(spans(re.finditer(rb"\d", bytearray(b"a1b2"))))
print(spans(re.finditer(rb"\d", memoryview(b"x9y8"))))
for pat, subj in [(r"a", b"a"), (rb"a", "a")]:
    try:
        re.compile(pat).finditer(subj)
    except Exception as e:
        print(type(e).__name__, e)
try:
    re.finditer(r"a", 5)
except Exception as e:
    print(type(e).__name__, e)

# a backtracking-heavy pattern across many steps (stack past the inline part)
deep = re.compile(r"(a|b)*?c")
print(len(list(deep.finditer(("ab" * 600 + "c ") * 5))))
print(sum(1 for _ in re.finditer(r"\w+", " ".join(["w%d" % i for i in range(500)]))))
