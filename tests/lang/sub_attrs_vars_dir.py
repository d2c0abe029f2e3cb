# vars(), dir() and __dict__ of instances whose attributes start in shapes.
class P:
    cls_level = 0
    def __init__(self):
        self.b = 2
        self.a = 1

p = P()
v = vars(p)
print(v, v is p.__dict__)
v["c"] = 3
print(p.c, sorted(k for k in dir(p) if not k.startswith("__")))
p.d = 4
print(vars(p))
q = P()
print("a" in dir(q), "cls_level" in dir(q), hasattr(q, "c"))
q.a = 10
print(vars(q), q.a)

class Slotted:
    __slots__ = ("s",)
try:
    vars(Slotted())
except TypeError as e:
    print("TypeError", e)
print(sorted(k for k in dir(Slotted()) if not k.startswith("__")))

class Both:
    __slots__ = ("s", "__dict__")
b = Both()
b.s = 1
b.t = 2
print(vars(b), b.s, sorted(k for k in dir(b) if not k.startswith("__")))
