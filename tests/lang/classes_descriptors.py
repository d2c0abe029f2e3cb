# Class attributes, staticmethod, classmethod, property, operator overloading.
class A:
    x = 1
    def m(self):
        return self.x
    @staticmethod
    def s():
        return "static"
    @classmethod
    def c(cls):
        return cls.__name__
    @property
    def p(self):
        return "prop " + str(self.x)
a = A()
print(a.m(), A.x, A.m(a), A.s(), a.s(), A.c(), a.c(), a.p)
a.x = 5
print(a.m(), A.x, a.p)
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
t = Temp()
t.celsius = 25
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
class V:
    def __init__(self, v):
        self.v = v
    def __radd__(self, o):
        return V(o + self.v)
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"V({self.v})"
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, V) and o.v == self.v
print(1 + V(2), sorted([V(3), V(1), V(2)]), V(1) < V(2), V(2) > V(1))
print({V(1): "one"}[V(1)], V(1) == V(1), V(1) != V(2))
class Base:
    def hello(self):
        return "base"
class Mid(Base):
    def hello(self):
        return "mid+" + super().hello()
class Leaf(Mid):
    def hello(self):
        return "leaf+" + super().hello()
print(Leaf().hello(), [c.__name__ for c in Leaf.__mro__])
print(type(1), type("s"), type([]), type(None), type(len), type(A), type(a), A)
try:
    a.missing
except AttributeError as e:
    print(e)
try:
    A()()
except TypeError as e:
    print(e)
