# Attribute reads on class objects (C.attr, Enum.MEMBER, C.method) are
# cached per site; every kind of change must show through the cache.

class Base:
    x = "base-x"
    def m(self):
        return "Base.m"
    @classmethod
    def cm(cls):
        return "cm of " + cls.__name__
    @staticmethod
    def sm(v):
        return v + 1

class Sub(Base):
    pass

def read(cls):
    return cls.x

def call(cls):
    return cls.cm(), cls.sm(1), cls.m(None) if False else cls.m.__name__

for i in range(3):
    print(read(Base), read(Sub), call(Sub))

Sub.x = "sub-x"                 # shadow in the subclass
print(read(Base), read(Sub))
del Sub.x
print(read(Sub))
Base.x = "base-x2"              # change in the base
print(read(Base), read(Sub))
Base.cm = classmethod(lambda cls: "new cm " + cls.__name__)
print(call(Sub))

# the bases change under a cached site
class Other:
    x = "other-x"
class Mixed(Base):
    pass
print(read(Mixed))
Mixed.__bases__ = (Other,)
print(read(Mixed))

# one site seeing different classes, instances and a module
import math
def any_x(o):
    return o.x
class HasX:
    x = 5
objs = [Base, HasX, HasX(), Sub, Other, Base()]
for o in objs * 2:
    print(any_x(o))

# a metaclass data descriptor wins over the class's own attribute
class Meta(type):
    @property
    def x(cls):
        return "meta-property"
class WithMeta(metaclass=Meta):
    x = "class-x"
for i in range(2):
    print(read(WithMeta), WithMeta().x)

# special attributes are never answered from a stale entry
def name_of(c):
    return c.__name__, c.__qualname__
class Renamed:
    pass
for i in range(2):
    print(name_of(Renamed))
    Renamed.__name__ = "Renamed2"
    Renamed.__qualname__ = "Q.Renamed2"

# the metaclass changes (class __class__ assignment)
class M1(type):
    def __getattr__(cls, name):
        return "M1 hook " + name
class M2(type):
    y = "M2.y"
    def __getattr__(cls, name):
        return "M2 hook " + name
class Switch(metaclass=M1):
    pass
def get_y(c):
    return c.y
for i in range(2):
    print(get_y(Switch))
Switch.__class__ = M2
for i in range(2):
    print(get_y(Switch))

# a missing attribute: errors each time, __getattr__ of the metaclass runs
class Q:
    pass
def miss(c):
    try:
        return c.missing
    except AttributeError as e:
        return "AttributeError: " + str(e)
for i in range(2):
    print(miss(Q))
Q.missing = "now present"
print(miss(Q))
del Q.missing
print(miss(Q))

# descriptors on the class read through the class
class D:
    def __get__(self, obj, owner):
        return ("D.__get__", obj, owner.__name__)
class HasD:
    d = D()
for i in range(2):
    print(HasD.d)
