# Changing a slotted class after creation.
class P:
    __slots__ = ("x", "y")

p = P()
p.x = 1
saved = P.__dict__["x"]
del P.x
try:
    p.x
except AttributeError as e:
    print("AttributeError", e)
try:
    p.x = 2
except AttributeError as e:
    print("AttributeError", e)
P.x = saved
print(p.x)
P.z = property(lambda self: "computed")
print(p.z)
P.y = 5
print(p.y)
try:
    p.y = 6
except AttributeError as e:
    print("AttributeError", e)

class Q(P):
    __slots__ = ("q",)
q = Q()
q.x, q.q = "qx", "qq"
print(q.x, q.q, [k for k in Q.__dict__ if not k.startswith("__")])
class R(Q):
    pass
r = R()
r.x = 1
r.q = 2
r.free = 3
print(r.x, r.q, r.free, r.__dict__)
