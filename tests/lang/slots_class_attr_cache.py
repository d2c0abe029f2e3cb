# Class attributes read through __slots__ instances (no __dict__): the
# attribute sites cache what the class holds, so every way the class can
# change must show at the next read.

class Base:
    __slots__ = ("x",)
    flag = False
    kind = "base"

    def __init__(self, x):
        self.x = x

    @property
    def double(self):
        return self.x * 2

    @classmethod
    def make(cls, x):
        return cls(x)

    @staticmethod
    def helper(a):
        return a + 1

    def method(self):
        return "method", self.x


class Sub(Base):
    __slots__ = ()
    flag = True

    @property
    def double(self):
        return self.x * 3


def read(o):
    return (o.flag, o.kind, o.double, o.helper(1), type(o.make).__name__, o.__class__.__name__)


def call_methods(o):
    return (o.make(5).x, o.helper(2), o.method())


objs = [Base(1), Sub(2), Base(3), Sub(4)]
for _ in range(3):
    for o in objs:
        print(read(o), call_methods(o))

# class attributes change: the cached entries must not survive
Base.flag = "changed"
Base.kind = "new kind"
print([read(o) for o in objs])
Base.double = property(lambda self: -self.x)
print([read(o) for o in objs])
del Sub.flag
print([read(o) for o in objs])
Base.helper = staticmethod(lambda a: a * 100)
print([call_methods(o) for o in objs])
Base.method = lambda self: "replaced"
print([call_methods(o) for o in objs])

# a descriptor that raises AttributeError, and one set on a base later
class Raising:
    __slots__ = ()

    @property
    def p(self):
        raise AttributeError("no p here")


def get_p(o):
    try:
        return o.p
    except AttributeError as e:
        return "AttributeError: " + str(e)


r = Raising()
for _ in range(3):
    print(get_p(r))
Raising.p = 7
print(get_p(r))

# an unset slot next to a class attribute at the same site
class Pair:
    __slots__ = ("a",)
    b = "class b"


def get(o, which):
    return o.a if which else o.b


p = Pair()
for i in range(4):
    try:
        print(get(p, i % 2))
    except AttributeError as e:
        print("AttributeError", e)
p.a = "slot a"
print(get(p, 1), get(p, 0))

# one site that sees class objects and instances of them
def attr_of(o):
    return o.kind


for o in [Base, Base(1), Sub, Sub(1), Base]:
    print(attr_of(o))

# the metaclass's attributes are not the instance's
class Meta(type):
    extra = "meta"


class WithMeta(metaclass=Meta):
    __slots__ = ()
    own = "own"


w = WithMeta()
for _ in range(2):
    print(w.own, WithMeta.extra, hasattr(w, "extra"))

# __class__ assignment between slot-compatible classes
class A:
    __slots__ = ()
    name = "A"


class B:
    __slots__ = ()
    name = "B"


def name_of(o):
    return o.name


o = A()
print(name_of(o), name_of(o))
o.__class__ = B
print(name_of(o), name_of(o))

# a getattr hook defined later on the class
class Late:
    __slots__ = ()
    c = 1


def late(o):
    try:
        return o.c, o.d
    except AttributeError as e:
        return "AttributeError", str(e)


lo = Late()
print(late(lo), late(lo))
Late.__getattr__ = lambda self, n: "hooked " + n
print(late(lo), late(lo))
