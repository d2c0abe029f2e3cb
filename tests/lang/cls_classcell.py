# Zero-argument super() and __class__ in methods, including metaclass methods.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__ via', __class__.__name__)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        obj = super().__call__(*args)
        obj.made_by = __class__.__name__
        return obj
    def describe(cls):
        return f'{cls.__name__} of {__class__.__name__}'

class A(metaclass=Meta):
    def __init__(self, v):
        self.v = v
    def who(self):
        return __class__

class B(A):
    def __init__(self, v):
        super().__init__(v * 2)

b = B(5)
print(b.v, b.made_by, b.who() is A, B.describe())

# __class__ refers to the class being defined, even before it exists elsewhere.
class C:
    def get(self):
        return __class__
    @classmethod
    def cm(cls):
        return super().__repr__ is not None
    @staticmethod
    def sm():
        return __class__.__name__
print(C().get() is C, C.cm(), C.sm())

# __classcell__ reaches the metaclass in the namespace.
class Peek(type):
    def __new__(mcls, name, bases, ns):
        print('__classcell__' in ns, type(ns.get('__classcell__')).__name__)
        return super().__new__(mcls, name, bases, ns)
class D(metaclass=Peek):
    def f(self): return __class__
class E(metaclass=Peek):
    def f(self): return 1
print(D().f() is D, '__classcell__' in D.__dict__)
