# Results of & and - are built without comparisons unless two keys share
# a hash: __eq__ must run exactly as often as in CPython, and the order
# (the table layout) must be CPython's.
calls = []
class K:
    def __init__(self, n, h): self.n, self.h = n, h
    def __hash__(self): return self.h
    def __eq__(self, o):
        calls.append((self.n, getattr(o, "n", o)))
        return isinstance(o, K) and self.n == o.n
    def __repr__(self): return "K%d" % self.n

ks = [K(i, i % 3) for i in range(9)]          # three keys per hash
a, b = set(ks), set(ks[::2])
calls.clear()
print(sorted(a - b, key=repr), len(calls))
calls.clear()
print(sorted(a & b, key=repr), len(calls))
calls.clear()
print(sorted(frozenset(a) - frozenset(ks[:2]), key=repr), len(calls))
# ints that collide in small tables: iteration order is the table's
x = frozenset(range(0, 400, 7)) | {1000, 1008, 1016, 2**40, -1, -2}
for y in (set(range(0, 400, 14)), {7, 1008}, set(), x, frozenset(range(3))):
    print(list(x - y)[:12], len(x - y), list(x & y)[:12], len(x & y))
    print(list(y - x)[:8], list(y & x)[:8])
words = {"w%d" % i for i in range(50)}
print(sorted(words - {"w1", "w2"})[:5], len(words & {"w3", "zz"}))
for n in range(0, 70, 5):
    s = set(range(n))
    print(n, list(s - set(range(0, n, 2)))[:6], list(s & set(range(0, 200, 3)))[-3:])

# which operand & walks: b unless it is the larger; an iterable in its order
def mk(*xs):
    s = set()
    for x in xs:
        s.add(x)
    return s
a = mk(1, 9, 17); b = mk(17, 9, 1)
print(a, b, a & b, b & a, a.intersection(b), b.intersection(a), a & a)
print(mk(1, 2.0) & mk(1.0, 2), mk(1.0, 2) & mk(1, 2.0), mk(1, 2.0, 3) & mk(1.0, 2), mk(1.0, 2) & mk(1, 2.0, 3))
print(a.intersection([17, 9, 1]), a.intersection((9, 1.0)), mk(1, 9, 17, 25).intersection((25, 17, 9, 1, 1.0)))
print(set(range(40)).intersection([33, 1, 65, 17, 9]), frozenset(range(40)).intersection(range(39, -1, -8)))
print(a.intersection(iter([9, 9, 17])), a.intersection({17: 0, 1: 0}), a.intersection("ab"))
try:
    a.intersection([[1]])
except TypeError as e:
    print("TypeError", e)
c = mk(*range(0, 300, 7)); d = mk(*range(300, 0, -3))
print(c & d, d & c, c - d, d - c)
class S(set):
    pass
print(type(S(a) & b).__name__, type(S(a) - b).__name__, S(a) & S(a))
