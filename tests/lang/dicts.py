# Dicts: insertion order, lookup, update, deletion, iteration, views.
d = {"one": 1, "two": 2}
d["three"] = 3
d[4] = "four"
d[(1, 2)] = "tuple"
print(d, len(d), d["two"], d.get("nine"), d.get("nine", 9))
del d["one"]
d["one"] = 1
print(list(d), list(d.keys()), list(d.values()))
for k, v in d.items():
    print(k, v)
print("two" in d, "zzz" in d, d.pop("two"), d.setdefault("x", 0), d)
e = dict(a=1, b=2)
e.update({"c": 3})
print(e, dict([("k", "v")]), {i: i * i for i in range(4)})
print({1: "a"} == {1: "a"}, {1: 1, 2: 2} == {2: 2, 1: 1}, {} == {})
d2 = {}
for i in range(100):
    d2[i] = str(i)
for i in range(0, 100, 3):
    del d2[i]
print(len(d2), d2[98], sum(d2))
print({True: "t", 1: "one", 1.0: "float"})
try:
    d2[0]
except KeyError as err:
    print("KeyError", err)
