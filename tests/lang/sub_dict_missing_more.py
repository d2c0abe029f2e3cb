# __missing__ is used by d[k] only: get, in, setdefault, pop are unaffected.
class M(dict):
    def __missing__(self, key):
        print("missing", key)
        return key * 2

m = M(a=1)
print(m["a"], m["bb"], m.get("zz"), "zz" in m, m.get("zz", "dflt"))
print(m.setdefault("new", 5), m, m.pop("new"), len(m))
try:
    m.pop("absent")
except KeyError as e:
    print("KeyError", e)

class Raising(dict):
    def __missing__(self, key):
        raise LookupError(f"no {key}")
try:
    Raising()["k"]
except LookupError as e:
    print(type(e).__name__, e)

class NotMissing(dict):
    pass
NotMissing.__missing__ = lambda self, key: "added later"
print(NotMissing()["x"])

class Nested(dict):
    def __missing__(self, key):
        value = self[key] = Nested()
        return value
tree = Nested()
tree["a"]["b"]["c"] = 1
print(tree, tree["a"]["b"])
class Sub(M):
    pass
print(Sub()[3])
