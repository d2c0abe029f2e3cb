# Set algebra over the lookups' fast and slow paths: identical keys, equal
# keys of other types (1, 1.0, True), colliding hashes, dummies, subclasses.
def show(s):
    return sorted(s, key=repr)

a = frozenset(range(50))
b = frozenset([3, 7, 11, 49, 60])
print(show(a - b)[:10], len(a - b), show(b - a), len(a & b), show(a & b))
print(b <= a, (b & a) <= a, a >= b, a < a, a <= a, b < a, (a - b) < a, a == frozenset(range(50)))
print(min(a - b), max(a & b), len(a | b), show(a ^ b)[-5:])
c = {1.0, 2, "x", (1, 2)}
d = {True, 2.0, "x", (1, 2), None}
print(show(c & d), show(c - d), show(d - c), c <= d, len(c | d))
print(sorted(x.__class__.__name__ for x in c & d))
# the set's own element is kept: 1.0 stays a float in c & {1}
print(show(c & {1}), show({1} & c), show(c - {1}), show({1, 2} - c))
# hashes that collide: -1 and -2 both hash to -2
e = {-1, -2, 2**61 - 1, 2**61 - 2, 0}
print(show(e & {-2}), show(e - {-1}), -1 in e, -3 in e, 2**61 in e, show(e & {2**61 - 2, 7}))
# deleted entries (dummies) are probed past
f = set(range(40))
for i in range(0, 40, 3):
    f.discard(i)
print(len(f), 3 in f, 4 in f, show(f & {0, 1, 2, 3, 4, 5}), f <= set(range(40)))
f.update(range(0, 40, 3))
print(len(f), 39 in f, f == set(range(40)))
# __eq__ that is called on a hash match
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 3
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, K) and self.v == o.v
    def __repr__(self):
        return "K%d" % self.v
g = {K(1), K(2), K(4)}
print(K(4) in g, K(7) in g)
print(show(g & {K(1)}), show(g - {K(2)}))
# subclasses keep the base's algebra; results are the base type
class S(set):
    pass
class F(frozenset):
    pass
s = S([1, 2, 3])
fz = F([2, 3, 4])
print(type(s & fz).__name__, type(fz - s).__name__, show(s & fz), s <= {1, 2, 3, 4}, fz == frozenset([2, 3, 4]))
# errors
for op in (lambda: {1} - [1], lambda: frozenset() & 3, lambda: {1} <= [1], lambda: {[]} , lambda: {1} & {[]}):
    try:
        print(op())
    except Exception as ex:
        print(type(ex).__name__, ex)
print(set().issubset([]), {1}.issubset(range(3)), {5}.isdisjoint(x for x in range(3)))
# iteration over a set after removals, in table order for ints
h = set(range(20))
for i in range(0, 20, 2):
    h.remove(i)
print(list(h), list(iter(frozenset([64, 1, 128, 2]))))
it = iter({1, 2, 3})
next(it)
print(it.__length_hint__(), list(it), it.__length_hint__())
