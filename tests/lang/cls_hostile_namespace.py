# Namespaces and hooks that misbehave: errors propagate cleanly.
class Exploding:
    def __getitem__(self, k):
        raise KeyError(k)
    def __setitem__(self, k, v):
        if k == 'boom':
            raise ValueError('cannot store boom')
        if k == '__module__':
            return
        raise LookupError('refusing ' + k)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Exploding()

try:
    class A(metaclass=Meta):
        boom = 1
except Exception as e:
    print(type(e).__name__, e)

# A namespace whose __getitem__ raises something other than KeyError.
class Strict:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        if k in self.d:
            return self.d[k]
        raise RuntimeError('lookup of ' + k)
    def __setitem__(self, k, v): self.d[k] = v
class M2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Strict()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns.d)
try:
    class B(metaclass=M2):
        x = 1
        y = x + len('ab')
except RuntimeError as e:
    print('RuntimeError', e)

# __mro_entries__ that raises, and one that returns non-classes.
class BadEntry:
    def __mro_entries__(self, bases):
        raise ZeroDivisionError('entries')
try:
    class C(BadEntry()): pass
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
class OddEntry:
    def __mro_entries__(self, bases):
        return (1,)
try:
    class D(OddEntry()): pass
except TypeError as e:
    print('TypeError', e)

# __init_subclass__ that swallows keywords and mutates the class.
class Base:
    def __init_subclass__(cls, **kw):
        cls.kw = kw
        cls.__name__ = 'Renamed' + cls.__name__
class E(Base, a=1, b=[2]): pass
print(E.__name__, E.kw, E.__qualname__)

# A metaclass whose __call__ raises.
class NoInstances(type):
    def __call__(cls, *a, **k):
        raise TypeError(f'{cls.__name__} cannot be instantiated')
class F(metaclass=NoInstances): pass
try:
    F()
except TypeError as e:
    print('TypeError', e)
