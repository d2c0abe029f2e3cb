# __qualname__, __module__, __doc__ of classes.
class Outer:
    class Inner:
        class Deep: pass
    def method(self):
        class Local: pass
        return Local

print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__)
print(Outer().method().__qualname__, Outer().method().__name__)
print(Outer.__module__, Outer.Inner.__module__)

def factory():
    class Made: pass
    return Made
print(factory().__qualname__)

# The namespace holds them while the body runs.
class Peek:
    print('in body:', __qualname__, __module__)
    'not the docstring'
class Doc:
    """The docstring."""
    print('doc in body:', __doc__)
print(Doc.__doc__, Peek.__doc__)
print('__doc__' in Peek.__dict__, '__qualname__' in Peek.__dict__, '__module__' in Peek.__dict__)

# Overriding them in the body.
class Over:
    __qualname__ = 'Elsewhere.Over'
    __module__ = 'fake.module'
    __doc__ = 'assigned'
print(Over.__qualname__, Over.__module__, Over.__doc__, Over.__name__)
print(repr(Over))

# __qualname__ must be a str.
try:
    class Bad:
        __qualname__ = 5
except TypeError as e:
    print('TypeError', e)

# A metaclass sees them in the namespace.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print(ns['__module__'], ns['__qualname__'], ns.get('__doc__'))
        return super().__new__(mcls, name, bases, ns)
class WithMeta(metaclass=Meta):
    "meta doc"
class Outer2:
    class Nested(metaclass=Meta): pass
