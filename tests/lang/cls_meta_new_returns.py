# A metaclass __new__ may return anything; __init__ runs only for instances
# of the metaclass.
class Existing: pass

class ReturnsExisting(type):
    def __new__(mcls, name, bases, ns):
        return Existing
    def __init__(cls, *a):
        print('__init__ not called for a plain type')

class A(metaclass=ReturnsExisting):
    x = 1
print(A is Existing, hasattr(A, 'x'))

class ReturnsValue(type):
    def __new__(mcls, name, bases, ns):
        return [name, sorted(k for k in ns if not k.startswith('__'))]
    def __init__(cls, *a):
        print('not called either')
class B(metaclass=ReturnsValue):
    y = 2
print(B)

class Parent(type):
    def __init__(cls, name, bases, ns):
        print('Parent.__init__', name)
class Child(Parent): pass
class ReturnsChild(Parent):
    def __new__(mcls, name, bases, ns):
        return Child(name, bases, ns)
    def __init__(cls, name, bases, ns):
        print('ReturnsChild.__init__ (not the one that runs)', name)
class C(metaclass=ReturnsChild): pass
print(type(C).__name__)

# __init__ called twice is allowed (type.__init__ does nothing).
class Twice(type):
    def __init__(cls, name, bases, ns):
        print('init', name)
        super().__init__(name, bases, ns)
class D(metaclass=Twice): pass
type(D).__init__(D, 'D', (), {})
