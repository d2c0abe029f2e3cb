# A metaclass may override mro(); type.mro() computes C3.
class A: pass
class B(A): pass
class C(A): pass

class Reverse(type):
    def mro(cls):
        default = super().mro()
        print('mro() for', cls.__name__, [k.__name__ for k in default])
        return [default[0]] + list(reversed(default[1:-1])) + [object]

class D(B, C, metaclass=Reverse): pass
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in type.mro(D)])
print([k.__name__ for k in D.mro()])

# mro() may return any iterable of classes.
class Gen(type):
    def mro(cls):
        yield cls
        yield object
class E(A, metaclass=Gen): pass
print([k.__name__ for k in E.__mro__])
print(E.__bases__[0].__name__)

# ... but only classes.
class Bad(type):
    def mro(cls):
        return [cls, 1, object]
try:
    class F(metaclass=Bad): pass
except TypeError as e:
    print('TypeError', e)

class Raises(type):
    def mro(cls):
        raise ValueError('no mro for ' + cls.__name__)
try:
    class G(metaclass=Raises): pass
except ValueError as e:
    print('ValueError', e)

# Plain classes: mro() is a list copy of __mro__.
print(B.mro() == list(B.__mro__), type(B.mro()).__name__)
print(int.mro(), object.mro())
print(type.mro(type))

# An empty MRO, and bases whose layout the class cannot have.
class Empty(type):
    def mro(cls):
        return []
try:
    class H(metaclass=Empty): pass
except TypeError as e:
    print('TypeError', e)
class Unsuitable(type):
    def mro(cls):
        return [cls, int, object]
try:
    class I(metaclass=Unsuitable): pass
except TypeError as e:
    print('TypeError', e)
class NotIter(type):
    def mro(cls):
        return 5
try:
    class J(metaclass=NotIter): pass
except TypeError as e:
    print('TypeError', e)

# An MRO that leaves the class out: __init_subclass__'s super() refuses it.
class Without(type):
    def mro(cls):
        return [object]
try:
    class K(metaclass=Without): pass
except TypeError as e:
    print('TypeError', e)
