# Self-referencing containers print [...] / {...}; no recursion error at all.
a = []
a.append(a)
d = {}
d[1] = d
assert repr(a) == "[[...]]", repr(a)
assert repr(d) == "{1: {...}}", repr(d)
raise ValueError(repr(a) + repr(d))
