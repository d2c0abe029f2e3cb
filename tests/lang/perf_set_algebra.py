# Set algebra on every size and type mix: the result tables are sized
# once (difference, copies), subset tests reuse stored hashes, and the
# multi-argument methods start from the first operation, not a copy.

class S(set):
    pass

class F(frozenset):
    pass

class Key:
    """Equal to ints it names; hashes like them; counts comparisons."""
    eqs = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        Key.eqs += 1
        return (other.v if isinstance(other, Key) else other) == self.v
    def __repr__(self):
        return "K%d" % self.v


def show(x):
    return type(x).__name__, sorted(x, key=lambda v: (type(v).__name__, repr(v)))


sizes = [0, 1, 4, 5, 20, 50, 127, 128, 300, 5000]
for n in sizes:
    a = set(range(n))
    for m in (0, 1, n // 5, n // 4 + 1, n, n + 3):
        b = frozenset(range(0, m * 2, 2))
        d = a - b
        assert d == {x for x in a if x not in b}, (n, m)
        assert a.difference(b) == d and a.difference(list(b)) == d
        assert (a & b) == {x for x in a if x in b}
        assert (a | b) == set(a).union(b)
        assert (a ^ b) == (a - b) | (b - a)
        assert (b <= a) == all(x in a for x in b)
        assert (a >= b) == (b <= a)
        assert (a < a | b) == (not b <= a)
    print(n, len(a - frozenset(range(0, n, 3))), len(a & set(range(n // 2, n + 9))))

# subclasses and frozensets: result types
for A in (set, frozenset, S, F):
    for B in (set, frozenset, S, F, list, tuple, dict.fromkeys):
        a = A(range(10))
        b = B(range(5, 15)) if B is not dict.fromkeys else dict.fromkeys(range(5, 15))
        r = [show(a.difference(b)), show(a.intersection(b)), show(a.union(b)),
             show(a.symmetric_difference(b))]
        if isinstance(b, (set, frozenset)):
            r.append(show(a - b))
            r.append(a <= b)
        print(A.__name__, B.__name__, r)

# multi-argument forms and no-argument copies
s = set(range(20))
print(show(s.difference()), show(s.difference(range(5), [7, 8], {19})))
print(show(s.intersection()), show(s.intersection(range(10), [3, 4, 5, 30], {4, 5})))
print(show(frozenset(s).difference({1}, {2})), show(F(s).intersection(range(3), range(2))))
print(s.difference(s), s.intersection(s) == s, s.difference() is s, s.intersection() is s)
f = frozenset(range(3))
print(f.difference() == f, f.intersection() == f)

# after deletions (dummies) the copy path still finds every key
t = set(range(200))
for i in range(0, 200, 3):
    t.discard(i)
c = t - {1}
print(len(t), len(c), 1 in c, 2 in c, min(c), max(c), (t - set()) == t, t.copy() == t)

# user-defined keys: equality runs, errors propagate
ks = {Key(i) for i in range(6)}
print(sorted((ks - {1, 2}), key=repr), sorted(ks & {3, 4, 99}, key=repr))
print({Key(1), Key(2)} <= ks, {Key(1), Key(7)} <= ks)

class Bad:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise ValueError("no eq")

for op in ("-", "&", "<=", "^"):
    try:
        eval("{Bad(), Bad()} %s {Bad()}" % op)
        print(op, "ok")
    except Exception as e:
        print(op, type(e).__name__, e)
for args in ([1], [[]], [{}, 3]):
    try:
        print(set([1]).difference(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    set([1]).intersection([[]])
except Exception as e:
    print(type(e).__name__, e)
try:
    {1} - [1]
except Exception as e:
    print(type(e).__name__, e)
