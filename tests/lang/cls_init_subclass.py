# __init_subclass__: an implicit classmethod, called on the parent with the
# class statement's keywords.
class Base:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append((cls.__name__, tag))

class A(Base, tag='a'): pass
class B(A): pass
class C(B, tag='c'): pass
print(Base.registry)
print(A.tag, B.tag, C.tag)
print(type(Base.__dict__['__init_subclass__']).__name__)

# Unknown keywords reach object.__init_subclass__, which rejects them.
try:
    class D(Base, color='red'): pass
except TypeError as e:
    print('TypeError', e)

try:
    class E(color='red'): pass
except TypeError as e:
    print('TypeError', e)

def outer():
    class Inner(x=1): pass
try:
    outer()
except TypeError as e:
    print('TypeError', e)

# Not called for the class that defines it, only for subclasses.
class P:
    def __init_subclass__(cls):
        print('subclass of P:', cls.__name__)
class Q(P): pass
class R(Q): pass

# object.__init_subclass__ takes no arguments.
try:
    object.__init_subclass__(1)
except TypeError as e:
    print('TypeError', e)
print(object.__init_subclass__())
