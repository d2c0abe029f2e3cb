# Growing a dict while iterating its values view.
d = {1: 1}
for v in d.values():
    d[v + 1] = v
