# Comprehensions and generator expressions, nested and filtered.
[x for x in y]
[x for x in y if x]
[x for x in y if x if not x]
[x * y for x in a for y in b]
[x for x in [y for y in z]]
[[x for x in row] for row in grid]
{x for x in y}
{k: v for k, v in items}
{k: v for k in a if k for v in b}
(x for x in y)
(x for x, in y)
[(a, b) for a, b in pairs]
[x for x in (lambda: y)]
[x for x in (yield_ for yield_ in range(3))]
[i for i in range(10) if (j := i) if i]
sum(x for x in y)
