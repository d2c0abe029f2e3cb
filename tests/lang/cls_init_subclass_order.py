# __init_subclass__ runs after __set_name__, both after the class exists;
# the parent's runs, not the new class's own.
class Desc:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)

class Base:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw, 'd' in cls.__dict__)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('meta new', name, kw)
        cls = super().__new__(mcls, name, bases, ns, **kw)
        print('meta new done', name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('meta init', name, kw)

class A(Base, metaclass=Meta, k=1):
    d = Desc()
    def __init_subclass__(cls, **kw):
        print('A.init_subclass', cls.__name__)

class B(A, k=2):
    e = Desc()

# Multiple inheritance: the first in the MRO after the class.
class L:
    def __init_subclass__(cls, **kw):
        print('L', cls.__name__, kw)
        super().__init_subclass__()
class Rt:
    def __init_subclass__(cls, **kw):
        print('R', cls.__name__, kw)
class Both(L, Rt, z=3): pass
