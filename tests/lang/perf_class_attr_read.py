# obj.__class__ read at a cached site: plain instances, after __class__
# assignment, classes that override __class__, dataclass comparisons.
import dataclasses
import enum

class A:
    def __init__(self, v):
        self.v = v
class B(A):
    pass
def cls_of(o):
    return o.__class__
objs = [A(1), B(2), A(3), B(4)]
print([cls_of(o).__name__ for o in objs for _ in range(3)])
a = A(5)
for i in range(3):
    print(cls_of(a).__name__)
    a.__class__ = B if a.__class__ is A else A
print(cls_of(a).__name__)
class Fake(A):
    @property
    def __class__(self):
        return int
print(cls_of(Fake(1)), cls_of(A(1)), type(Fake(1)).__name__, isinstance(Fake(1), int))
class Later(A):
    pass
l = Later(0)
print(cls_of(l).__name__)
Later.__class__ = property(lambda self: str)
print(cls_of(l), cls_of(Later(1)))
del Later.__class__
print(cls_of(l).__name__)

@dataclasses.dataclass(order=True, frozen=True)
class P:
    x: int
    y: int = 0
ps = [P(3, 1), P(1, 2), P(3, 0), P(1, 2)]
print(sorted(ps), ps[1] == ps[3], ps[0] == ps[2], ps[0] != P(3, 1), P(1) < P(1, 1))
class Q(P):
    pass
print(P(1, 2) == Q(1, 2), P(1, 2).__eq__(Q(1, 2)))
try:
    P(1) < Q(2)
except Exception as e:
    print(type(e).__name__, e)

class F(enum.Flag):
    A = 1
    B = 2
    C = 4
x = F.A
for m in (F.B, F.C, F.A):
    x = x | m
    print(x, x & F.B, bool(x & F.C), F.B in x)
print(list(F), ~F.A, (F.A | F.B) ^ F.B)
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print([c.__class__.__name__ for c in Color], Color.RED.__class__ is Color)
class S:
    __slots__ = ("v",)
print(S().__class__.__name__, (1).__class__.__name__, [].__class__, A.__class__)
