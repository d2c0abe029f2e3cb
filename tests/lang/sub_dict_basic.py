# Subclasses of dict: __missing__, init, overriding __setitem__, repr.
class D(dict):
    pass

d = D(a=1, b=2)
print(d, repr(d), type(d).__name__, isinstance(d, dict), len(d))
d["c"] = 3
print(d["a"], d.get("z", 0), sorted(d.keys()), list(d.values()), list(d.items()))
print(d == {"a": 1, "b": 2, "c": 3}, {"a": 1, "b": 2, "c": 3} == d, "a" in d)
print(D([(1, 2)]), D({1: 1}, x=2), D())
d.meta = "m"
print(d.meta, d.__dict__)
del d["a"]
print(d, d.pop("b"), d)

class Counter(dict):
    def __missing__(self, key):
        return 0

c = Counter()
for ch in "abracadabra":
    c[ch] = c[ch] + 1
print(sorted(c.items()))
print(c["zzz"], "zzz" in c, c.get("zzz"))

class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v

g = Default(list)
g["x"].append(1)
g["x"].append(2)
g["y"].append(3)
print(g, g.factory)

class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.upper())

u = Upper()
u["k"] = 1
print(u, u["K"], u["k"])
try:
    D()["nope"]
except KeyError as e:
    print("KeyError", e)
print(dict.__new__(D), type(dict.__new__(D)).__name__)
