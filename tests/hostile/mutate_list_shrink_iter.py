# Shrinking a list while iterating is allowed (no error) and ends early.
a = list(range(10))
seen = []
for x in a:
    seen.append(x)
    a.pop()
assert seen == [0, 1, 2, 3, 4], seen
raise IndexError(str(seen))
