# __slots__ across inheritance, __dict__ in slots, mangling.
class Base:
    __slots__ = ("a",)

class Child(Base):
    __slots__ = ("b",)

c = Child()
c.a, c.b = 1, 2
print(c.a, c.b, Child.__slots__, Base.__slots__)
try:
    c.c = 3
except AttributeError as e:
    print("AttributeError", e)

class Open(Base):
    pass

o = Open()
o.a = 1
o.other = 2
print(o.a, o.other, o.__dict__)

class WithDict:
    __slots__ = ("x", "__dict__")

w = WithDict()
w.x = 1
w.y = 2
print(w.x, w.y, w.__dict__)

class Priv:
    __slots__ = ("__secret", "public")
    def __init__(self):
        self.__secret = "s"
        self.public = "p"
    def reveal(self):
        return self.__secret

pv = Priv()
print(pv.reveal(), pv.public, pv._Priv__secret, [k for k in Priv.__dict__ if k in ("_Priv__secret", "public")])

class Weak:
    __slots__ = ("__weakref__", "v")

wk = Weak()
wk.v = 9
print(wk.v, Weak.__slots__)

class Props:
    __slots__ = ("_v",)
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 2

pr = Props()
pr.v = 5
print(pr.v, pr._v)

class Counter:
    __slots__ = ("n",)
    total = 0
    def __init__(self):
        self.n = 0
        Counter.total += 1

cs = [Counter() for _ in range(3)]
for i, cc in enumerate(cs):
    cc.n = i * i
print([cc.n for cc in cs], Counter.total)

class Slotted(Exception):
    __slots__ = ("code",)

try:
    err = Slotted("msg")
    err.code = 7
    raise err
except Slotted as ex:
    print(ex, ex.code, ex.args)
