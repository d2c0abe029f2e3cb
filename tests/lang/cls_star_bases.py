# *args and **kwargs in a class statement's bases.
class A: pass
class B: pass

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print(name, [b.__name__ for b in bases], kw)
        return super().__new__(mcls, name, bases, ns)

bases = (A, B)
class C(*bases): pass
print(C.__mro__ == (C, A, B, object))

kw = {'metaclass': Meta, 'x': 1}
class D(*bases, **kw): pass
class E(A, *[B], y=2, **{'metaclass': Meta}): pass
class F(**{'metaclass': Meta}): pass
print(type(D).__name__, type(E).__name__, type(F).__name__)

# Evaluation order: decorators, then bases, then keywords, left to right.
def trace(label, value):
    print('eval', label)
    return value
def deco(cls):
    print('decorate', cls.__name__)
    return cls
@trace('decorator', deco)
class G(trace('base1', A), *trace('star', [B]), metaclass=trace('meta', Meta), z=trace('kw', 3)):
    print('body')

try:
    class I(**{1: 2}): pass
except TypeError as e:
    print('TypeError', e)
try:
    class J(A, A): pass
except TypeError as e:
    print('TypeError', e)
