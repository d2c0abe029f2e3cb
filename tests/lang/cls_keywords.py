# Class keywords go to __prepare__, the metaclass call and __init_subclass__.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, kw)
        return super().__new__(mcls, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        print('init', name, kw)
        super().__init__(name, bases, ns)

class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)

class A(Base, a=1, b=2): pass
opts = {'c': 3}
class B(Base, **opts): pass
class C(Base, a=1, **opts): pass

# type.__init__ accepts keywords with three arguments, type.__new__ passes
# them on to __init_subclass__.
class E(Base):
    pass
X = Meta('X', (Base,), {}, flavor='x')
print(type(X).__name__)
