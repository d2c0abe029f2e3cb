# Attributes of classes that type computes.
class A:
    "doc of A"
    x = 1
class B(A): pass
class C(B, A if False else object): pass

print(A.__name__, A.__qualname__, A.__module__, A.__doc__, B.__doc__)
print(A.__bases__, B.__bases__[0] is A, B.__base__ is A, object.__base__, object.__bases__)
print([k.__name__ for k in C.__mro__])
print(sorted(k for k in A.__dict__ if not k.startswith('__') or k in ('__doc__', '__module__')))
print(type(A.__dict__).__name__ in ('dict', 'mappingproxy'))
print(int.__name__, int.__qualname__, int.__module__, type.__name__, object.__module__)

# Read-only ones.
def t(f):
    try:
        f()
        print('ok')
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
def setattr_(obj, name, v):
    setattr(obj, name, v)
t(lambda: setattr_(A, '__mro__', ()))
t(lambda: setattr_(int, 'x', 1))
t(lambda: setattr_(object, 'x', 1))
t(lambda: setattr_(type, 'x', 1))
t(lambda: setattr_(A, 'y', 2))
print(A.y, B.y)
t(lambda: delattr(A, 'y'))
t(lambda: delattr(A, 'y'))
t(lambda: delattr(int, 'real'))
t(lambda: setattr_(A, '__base__', object))
t(lambda: setattr_(A, '__dict__', {}))
