# finditer's iterator (a callable_iterator over a scanner, held in one
# object): exhaustion, restarting, errors and the window arguments.
import re

it = re.finditer(r"\d+", "a1b22c333")
print(type(it).__name__, iter(it) is it)
print([m.group() for m in it])
print(list(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration again")

# partial consumption, then the rest
it = re.compile(r"\w").finditer("abcdef", 1, 5)
print(next(it).span(), next(it).span(), [m.group() for m in it])

# empty matches advance exactly as CPython's scanner does
print([m.span() for m in re.finditer(r"x*", "axxb")])
print([m.span() for m in re.finditer(r"\b", "ab cd")])
print([m.group() for m in re.finditer(r"", "")])

# matches keep their own spans after the iterator moved on
ms = list(re.finditer(r"(\d)(\w)?", "1a2 3"))
print([(m.group(0), m.groups(), m.lastindex, m.pos, m.endpos) for m in ms])

# several iterators over one pattern do not share state
p = re.compile(r"\d")
a, b = p.finditer("123"), p.finditer("45")
print(next(a).group(), next(b).group(), next(a).group(), next(b).group(), next(a).group())
print(next(a, None), next(b, None))

# the subject must be of the pattern's kind; errors come at the call
for pat, subj in ((r"\d", b"1"), (rb"\d", "1"), (r"\d", 5)):
    try:
        re.finditer(pat, subj)
    except Exception as e:
        print(type(e).__name__, e)

# a bytearray subject may change in place between steps: each step reads it
ba = bytearray(b"1 2 3 4")
it = re.finditer(rb"\d", ba)
print(next(it).group())
ba[2:3] = b"9"
print(next(it).group())
ba[6] = ord("x")
print([m.group() for m in it])

# sum over a generator of matches, as log scripts count
print(sum(1 for _ in re.finditer(r"\d+", "/static/img/12.png?v=3")))
