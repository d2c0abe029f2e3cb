# A metaclass that drops __classcell__ or makes the class twice.
class Dropper(type):
    def __new__(mcls, name, bases, ns):
        ns = {k: v for k, v in ns.items() if k != '__classcell__'}
        return super().__new__(mcls, name, bases, ns)

try:
    class A(metaclass=Dropper):
        def f(self): return __class__
except RuntimeError as e:
    print('RuntimeError', e)

class Twice(type):
    def __new__(mcls, name, bases, ns):
        first = super().__new__(mcls, name, bases, ns)
        return super().__new__(mcls, name + '2', bases, dict(ns))

try:
    class B(metaclass=Twice):
        def f(self): return __class__
except TypeError as e:
    print('TypeError', e)

# No __class__ use: nothing is checked.
class C(metaclass=Dropper):
    def f(self): return 1
print(C.__name__)

# A metaclass function returning a non-class skips the check.
def notaclass(name, bases, ns):
    return 'just a string'
class D(metaclass=notaclass):
    def f(self): return __class__
print(D)

# super() with an empty cell.
class E:
    def f(self):
        return super().f()
try:
    E.f(E())
except AttributeError as e:
    print('AttributeError', e)
