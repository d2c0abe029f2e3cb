# Subclasses of tuple: __new__ override, attributes, immutability.
class T(tuple):
    pass

t = T([1, 2, 3])
print(t, repr(t), type(t).__name__, isinstance(t, tuple), len(t), t[0], t[-1])
print(t[1:], type(t[1:]).__name__, t + (4,), type(t + (4,)).__name__, (0,) + t)
print(t == (1, 2, 3), (1, 2, 3) == t, t < (1, 2, 4), hash(t) == hash((1, 2, 3)))
print(t * 2, t.count(1), t.index(3), 2 in t, list(t), sorted(T("cba")))
print(T(), T("ab"), T(x for x in range(3)))
t.label = "L"
print(t.label, t.__dict__)

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"

p = Point(3, 4)
print(p, p.x, p.y, p[0] + p[1], len(p), isinstance(p, Point))
x, y = p
print(x, y, {p: "origin-ish"}[(3, 4)])
try:
    p[0] = 1
except TypeError as e:
    print("TypeError", e)
print(tuple.__new__(T, [5, 6]), type(tuple.__new__(T, [5, 6])).__name__)
big = T(range(1000))
big.extra = "e"
print(len(big), big[999], big.extra)
