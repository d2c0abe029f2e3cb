# Inserting into a dict while iterating over it: RuntimeError.
d = {1: 1, 2: 2}
for k in d:
    d[k + 100] = 0
