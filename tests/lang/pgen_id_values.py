# id(): unique among live objects, stable for an object, an int; memo
# dicts keyed by id() (pickle, copy, serializers) work for every kind.
import copy

objs = [[], {}, (), "s", b"b", 1.5, 2 ** 80, None, True, False, 0, -1, object(), len, int]
ids = [id(o) for o in objs]
print(all(type(i) is int for i in ids), all(i >= 0 for i in ids))
print(all(id(o) == i for o, i in zip(objs, ids)))
live = [[] for _ in range(200)]
print(len({id(o) for o in live}) == 200)
print(id(None) == id(None), id(objs[0]) != id(objs[1]))

memo = {}
shared = [1, 2]
tree = [shared, [shared, {"k": shared}], (shared,)]
def walk(o):
    if id(o) in memo:
        return "seen"
    memo[id(o)] = o
    if isinstance(o, (list, tuple)):
        return [walk(x) for x in o]
    if isinstance(o, dict):
        return {k: walk(v) for k, v in o.items()}
    return o
print(walk(tree))
d = copy.deepcopy(tree)
print(d[0] is d[1][0] is d[1][1]["k"] is d[2][0], d[0] is not shared)
x = 12345.5
print(id(x) == id(x), hash(id(objs[0])) == id(objs[0]))
