# dict subclass: iteration, update, views, copy, equality.
class D(dict):
    pass

d = D()
d.update({"a": 1})
d["b"] = 2
d.setdefault("c", 3)
print(d, list(d), [k for k in d], list(d.items()))
print(d.copy(), type(d.copy()).__name__, len(d), "b" in d, "z" not in d)
print(d == {"a": 1, "b": 2, "c": 3}, d != {}, D(a=1) == D(a=1))
print(dict(d), type(dict(d)).__name__, D(d), type(D(d)).__name__)
print(sorted(d.values()), d.pop("c"), d)
for k, v in D(x=1, y=2).items():
    print(k, v)
e = D({1: "one"})
e[2] = "two"
del e[1]
print(e, e.get(1), e.get(2))
print({**D(a=1), **D(b=2)})

class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
    def __setattr__(self, name, value):
        self[name] = value

at = Attr()
at.x = 10
at["y"] = 20
print(at.x, at.y, at)
try:
    at.missing
except AttributeError as ex:
    print("AttributeError", ex)
