# Classes: instances, methods, attributes, inheritance, dunders, class attributes.
class Point:
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y
    def norm2(self):
        return self.x * self.x + self.y * self.y
p = Point(1, 2)
q = Point(3, 4)
print(p, q, p + q, (p + q).norm2(), p == Point(1, 2), p != q, Point.count)
class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
    def norm2(self):
        return super().norm2() + self.z * self.z
r = Point3(1, 2, 3)
print(r.norm2(), isinstance(r, Point), type(r).__name__, r.x)
class Stack:
    def __init__(self):
        self.items = []
    def push(self, v):
        self.items.append(v)
    def __len__(self):
        return len(self.items)
    def __bool__(self):
        return bool(self.items)
    def __iter__(self):
        return iter(self.items)
    def __getitem__(self, i):
        return self.items[i]
s = Stack()
print(bool(s), len(s))
s.push(1)
s.push(2)
print(bool(s), len(s), list(s), s[0], [v * 10 for v in s])
class MyError(ValueError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyError(7)
except ValueError as e:
    print(type(e).__name__, e, e.code)
print(hasattr(p, "x"), getattr(p, "z", "none"), Point.__name__, type(p) is Point)
