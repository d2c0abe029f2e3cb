import pickle
d = {1: 'a', 2: 'b', 3: 'c'}
for mk in (iter, lambda d: iter(d.values()), lambda d: iter(d.items()), reversed,
           lambda d: reversed(d.values()), lambda d: reversed(d.items())):
    it = mk(d)
    print(type(it).__name__, list(pickle.loads(pickle.dumps(it, 2))), end=" ")
    next(it)
    print(list(pickle.loads(pickle.dumps(it, 2))), it.__reduce__()[1])
def mutate(view):
    d = {0: 0}
    try:
        for i in view(d):
            del d[0]
            d[0] = 0
    except RuntimeError as e:
        print("RuntimeError", e)
for view in (lambda d: d, dict.values, dict.items, dict.keys):
    mutate(view)
d = {1: 1}
try:
    for k in d: d[2] = 2
except RuntimeError as e:
    print("RuntimeError", e)
