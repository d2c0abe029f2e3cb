# Removing from a set while iterating over it: RuntimeError.
s = set(range(10))
for x in s:
    s.discard(x)
