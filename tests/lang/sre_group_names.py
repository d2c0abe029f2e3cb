# Group lookup by name and number: names are found by identity when the
# caller's str is the interned one, by value otherwise (built at run
# time, str subclasses), and every miss raises IndexError as CPython does.
import re

p = re.compile(r"(?P<year>\d{4})-(?P<mon>\d\d)(?:-(?P<day>\d\d))?(?P<rest>.*)")
m = p.match("2026-11 tail")
print(m.group("year"), m.group("mon"), m.group("day"), repr(m.group("rest")))
print(m["year"], m.group(1, "mon", 3), m.span("mon"), m.start("day"), m.end("rest"))
print(m.groupdict(), m.groupdict("-"), m.lastgroup, m.lastindex)

# names made at run time and str subclasses compare by value
name = "".join(["y", "e", "a", "r"])
class S(str):
    pass
print(m.group(name), m.group(S("mon")), m[S("year")])
print(sorted(p.groupindex.items()), type(p.groupindex).__name__)
print(p.groupindex["day"], "day" in p.groupindex, list(p.groupindex))

# numbers: ints, bools, objects with __index__
class I:
    def __index__(self):
        return 2
print(m.group(0), m.group(True), m.group(I()), m.span(False))

# misses: unknown names, out-of-range numbers, wrong types
for key in ("nope", "YEAR", "", -1, 5, 2**70, 1.0, None, b"year", ("year",)):
    try:
        print(m.group(key))
    except Exception as e:
        print(type(key).__name__, type(e).__name__, e)
for meth in (m.start, m.end, m.span):
    try:
        meth("nope")
    except Exception as e:
        print(type(e).__name__, e)

# non-ASCII names, and the same name in several patterns
q = re.compile(r"(?P<año>\d+)(?P<été>x)?")
mq = q.match("42")
print(mq.group("año"), mq.group("été"), mq.groupdict(), q.groupindex["año"])
a = re.compile(r"(?P<v>a)").match("a")
b = re.compile(r"x(?P<v>b)").match("xb")
print(a.group("v"), b.group("v"), a.span("v"), b.span("v"))

# patterns without names: any str is a miss
try:
    re.match(r"(a)", "a").group("a")
except IndexError as e:
    print("IndexError", e)
print(re.compile(r"(a)").groupindex)

# unset groups at the end and in the middle
m = re.match(r"(a)?(b)?(c)?", "b")
print(m.groups(), m.groups(0), m.span(1), m.span(2), m.span(3), m.lastindex, m.regs)
