# type.__call__: __init__ runs only when __new__ returns an instance.
class A:
    def __new__(cls, *args):
        print('A.__new__', cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print('A.__init__', args)
a = A(1, 2)

class Other:
    def __init__(self):
        print('never')

class B:
    def __new__(cls):
        return Other.__new__(Other)
    def __init__(self):
        print('B.__init__ not called')
print(type(B()).__name__)

class C:
    def __new__(cls):
        return 42
    def __init__(self):
        print('not called')
print(C())

# A subclass instance returned: its __init__ runs.
class D:
    def __new__(cls, x):
        return object.__new__(E) if x else object.__new__(cls)
    def __init__(self, x):
        print('D.__init__', type(self).__name__, x)
class E(D):
    def __init__(self, x):
        print('E.__init__', x)
D(0)
D(1)

# __new__ is implicitly a staticmethod.
print(type(A.__dict__['__new__']).__name__)

# __init__ must return None.
class F:
    def __init__(self):
        return 1
try:
    F()
except TypeError as e:
    print('TypeError', e)

# object() rejects arguments when neither is overridden.
class G: pass
try:
    G(1)
except TypeError as e:
    print('TypeError', e)
class H:
    def __init__(self, x): self.x = x
print(H(5).x)
class I:
    def __new__(cls, x): return super().__new__(cls)
print(type(I(5)).__name__)
