# Subclasses of set and frozenset.
class S(set):
    pass

s = S([3, 1, 2])
print(sorted(s), type(s).__name__, isinstance(s, set), len(s), 2 in s)
print(repr(S()), repr(S([1])))
s.add(4)
s.discard(1)
print(sorted(s))
u = s | {9}
print(sorted(u), type(u).__name__)
print(type(s & {3}).__name__, type(s - {3}).__name__, sorted(s ^ {3, 10}))
print(s == {2, 3, 4}, {2, 3, 4} == s, s <= {2, 3, 4, 5})
s |= {7}
print(sorted(s), type(s).__name__)
s.tag = 1
print(s.tag)

class F(frozenset):
    pass

f = F([1, 2])
print(sorted(f), type(f).__name__, repr(F([5])), hash(f) == hash(frozenset([1, 2])))
print(type(f | {3}).__name__, {f: 1}[frozenset([1, 2])])

class Tracking(set):
    def __init__(self, items):
        super().__init__(items)
        self.initial = len(self)
    def add(self, x):
        print("adding", x)
        super().add(x)

t = Tracking([1, 2, 2])
t.add(5)
print(sorted(t), t.initial)
