# Instance __dict__ is a real dict that stays in sync with attribute access.
class A:
    def __init__(self):
        self.x = 1
        self.y = 2

a = A()
d = a.__dict__
print(d, type(d).__name__)
d["z"] = 3
print(a.z, a.__dict__ is d)
a.w = 4
print(d, list(d))
del a.x
print(d, hasattr(a, "x"))
d.clear()
print(hasattr(a, "y"), a.__dict__)
a.again = "yes"
print(d)

b = A()
b.__dict__["x"] = 100
print(b.x, b.y)
b.__dict__ = {"fresh": True}
print(b.__dict__, b.fresh, hasattr(b, "x"))
b.more = 1
print(b.__dict__)
for bad in (5, [("a", 1)], None):
    try:
        b.__dict__ = bad
    except TypeError as e:
        print("TypeError", e)
try:
    del b.__dict__
    print(b.__dict__, hasattr(b, "fresh"))
except TypeError as e:
    print("TypeError", e)

class D(dict):
    pass
c = A()
c.__dict__ = D(k="v")
print(c.k, type(c.__dict__).__name__)

e = A()
print(e.__dict__ == {"x": 1, "y": 2}, sorted(e.__dict__.items()))
e.__dict__.update({"x": 10, "q": 5})
print(e.x, e.q, e.y)
