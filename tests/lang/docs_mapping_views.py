# dict views' .mapping and re's Pattern.groupindex are read-only
# mappingproxy objects over the live dict, as in CPython 3.11.
import re

d = {"a": 1, "b": 2}
for view in (d.keys(), d.values(), d.items()):
    m = view.mapping
    print(type(m).__name__, m, m["a"], len(m), list(m))
m = d.keys().mapping
d["c"] = 3                       # the proxy sees later changes
print(m, "c" in m, m.get("zz", 0))
for bad in (lambda: m.__setitem__("x", 1), lambda: m.pop("a"),
            lambda: m.clear(), lambda: setattr(m, "x", 1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(m.copy() == d, type(m.copy()).__name__, m == d, m | {"z": 0})


class D(dict):
    pass


sub = D(x=1)
print(type(sub.items().mapping).__name__, sub.items().mapping)

p = re.compile(r"(?P<first>\w+) (?P<last>\w+)(x)?")
g = p.groupindex
print(type(g).__name__, g, dict(g), g["last"], sorted(g.items()))
try:
    g["other"] = 3
except TypeError as e:
    print("TypeError", e)
print(p.groupindex == {"first": 1, "last": 2}, re.compile("x").groupindex)
print(type(re.compile("y").groupindex).__name__, len(re.compile("y").groupindex))
m2 = p.match("Ada Lovelace")
print(m2.group("first"), m2.groupdict(), m2.lastgroup)
