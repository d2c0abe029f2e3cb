# PEP 560: __mro_entries__ on a non-class base replaces it in the bases.
class A: pass
class B: pass

class Alias:
    def __init__(self, *targets):
        self.targets = targets
    def __mro_entries__(self, bases):
        print('mro_entries', [getattr(b, '__name__', type(b).__name__) for b in bases])
        return self.targets

al = Alias(A)
class C(al): pass
print(C.__bases__ == (A,), C.__orig_bases__[0] is al)

class D(Alias(A, B), B.__mro__[0] if False else Alias()): pass
print([b.__name__ for b in D.__bases__], len(D.__orig_bases__))

# No __orig_bases__ when nothing was replaced.
class E(A): pass
print('__orig_bases__' in E.__dict__)

# __mro_entries__ must return a tuple.
class BadEntries:
    def __mro_entries__(self, bases):
        return [A]
try:
    class F(BadEntries()): pass
except TypeError as e:
    print('TypeError', e)

# A non-class base without __mro_entries__: the metaclass rejects it.
try:
    class G(42): pass
except TypeError as e:
    print('TypeError', e)
try:
    class H(A, 'str'): pass
except TypeError as e:
    print('TypeError', e)

# type() does not apply __mro_entries__.
try:
    type('I', (al,), {})
except TypeError as e:
    print('TypeError', e)

# The replaced bases go to the metaclass; the originals are in the namespace.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print('meta sees', [b.__name__ for b in bases], '__orig_bases__' in ns)
        return super().__new__(mcls, name, bases, ns)
class J(Alias(A), metaclass=Meta): pass
