# Growing a dict while iterating its items view.
d = {1: 1}
for k, v in d.items():
    d[k + 1] = v
