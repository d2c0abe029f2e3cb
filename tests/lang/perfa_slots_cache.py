# Attribute sites on instances without a __dict__ (__slots__ only) cache the
# slot's offset or the class's method: unset slots, __getattr__, class
# changes after the cache was filled, subclasses, __class__ assignment,
# descriptors and properties next to slots must all still behave.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return self.x * self.x + self.y * self.y

def getx(o):
    return o.x

def setx(o, v):
    o.x = v

def call_norm(o):
    return o.norm()

ps = [P(i, i + 1) for i in range(5)]
print([getx(p) for p in ps], [call_norm(p) for p in ps])
for p in ps:
    setx(p, -p.x)
print([getx(p) for p in ps])

class Q(P):
    __slots__ = ("z",)
    def norm(self):
        return "Q.norm"

q = Q(1, 2)
print(getx(q), call_norm(q), call_norm(ps[0]))
try:
    q.z
except AttributeError as e:
    print("AttributeError", e)
q.z = 3
print(q.z)

e = P.__new__(P)
for i in range(3):
    try:
        print(getx(e))
    except AttributeError as ex:
        print("AttributeError", ex)
    if i == 1:
        setx(e, 9)
del e.x
try:
    getx(e)
except AttributeError as ex:
    print("AttributeError", ex)

class G:
    __slots__ = ("a",)
    def __getattr__(self, name):
        return "fallback " + name

def geta(o):
    return o.a

g = G()
print(geta(g))
g.a = 1
print(geta(g), geta(g))
del g.a
print(geta(g))

# replacing the method on the class after the site cached it
print(call_norm(ps[1]))
P.norm = lambda self: "patched"
print(call_norm(ps[1]), call_norm(q))
del P.norm
try:
    call_norm(ps[1])
except AttributeError as ex:
    print("AttributeError", ex)

# a property shadowing a slot name in a subclass
class R(P):
    __slots__ = ()
    @property
    def x(self):
        return "prop"
r = R(1, 2)
print(getx(r), getx(ps[2]))
try:
    setx(r, 5)
except AttributeError as ex:
    print("AttributeError", ex)

# __class__ assignment between compatible slotted classes
class P2:
    __slots__ = ("x", "y")
    def norm(self):
        return "P2.norm"
p = P(3, 4)
print(call_norm(p), getx(p))
p.__class__ = P2
print(call_norm(p), getx(p))

# __setattr__ added later
def trace_set(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value)
setx(ps[3], 10)
P.__setattr__ = trace_set
setx(ps[3], 11)
print(getx(ps[3]))
del P.__setattr__
setx(ps[3], 12)
print(getx(ps[3]))

# __getattribute__ added later
P.__getattribute__ = lambda self, name: "ga " + name
print(getx(ps[4]), call_norm(ps[4]) if False else "")
del P.__getattribute__
print(getx(ps[4]))

# a slotted class whose base has a __dict__ is not "no dict"
class D:
    pass
class S(D):
    __slots__ = ("x",)
s = S()
s.x = 1
s.other = 2
print(getx(s), s.other)
