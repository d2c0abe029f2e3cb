# __slots__: fixed attributes, no __dict__, member descriptors.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y, P.__slots__)
p.x = 10
print(p.x)
print(type(P.x).__name__, repr(P.x), repr(P.y))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    p.z
except AttributeError as e:
    print("AttributeError", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(p, "__dict__"), hasattr(p, "x"))
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError", e)
try:
    del p.y
except AttributeError as e:
    print("AttributeError", e)
p.y = 5
print(p.y, getattr(p, "y"), getattr(p, "q", "default"))
setattr(p, "x", 42)
print(p.x)
print(P.x.__get__(p), P.x.__get__(None, P) is P.x)
P.x.__set__(p, 7)
print(p.x)
try:
    P.x.__get__(1)
except TypeError as e:
    print("TypeError", e)

class One:
    __slots__ = "only"

o = One()
o.only = "yes"
print(o.only, One.__slots__)

class Empty:
    __slots__ = ()

e = Empty()
try:
    e.a = 1
except AttributeError as err:
    print("AttributeError", err)

class L:
    __slots__ = ["a", "b"]

l = L()
l.a = [1]
print(l.a, L.__slots__)
try:
    l.b
except AttributeError as err:
    print("AttributeError", err)
