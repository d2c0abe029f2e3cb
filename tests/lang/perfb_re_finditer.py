# finditer/scanner states: short ones, ones with many groups (marks past
# the inline room) and ones whose backtracking stack grows, many at once.
import gc, re

text = "a1 bb22 ccc333 " * 50
print(sum(1 for _ in re.finditer(r"[a-z]+(\d+)", text)))
many = re.compile("".join("(%s)" % c for c in "abcdefghijklmnopqrst"))
s = "abcdefghijklmnopqrst-" * 30
ms = list(many.finditer(s))
print(len(ms), ms[-1].span(), ms[3].group(20), ms[0].lastindex)
deep = re.compile(r"(?:(a|b)+?)+c")
subj = ("ab" * 400 + "c ") * 5
found = [m.span() for m in deep.finditer(subj)]
print(len(found), found[0], found[-1])
# many live scanners interleaved, with collections between steps
its = [re.finditer(r"(\w)(\w)?", "word%d other" % i) for i in range(300)]
gc.collect()
firsts = [next(it).groups() for it in its]
gc.collect()
seconds = [next(it).group(0) for it in its]
print(firsts[5], seconds[299], sum(len(list(it)) for it in its))
sc = re.compile(r"\d+").scanner("12 ab 345 6")
print([(m.group() if m else m) for m in (sc.search(), sc.match(), sc.search(), sc.search(), sc.search())])
