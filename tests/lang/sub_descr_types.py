# Subclasses of property, classmethod and staticmethod.
class logged_property(property):
    def __get__(self, obj, objtype=None):
        if obj is not None:
            print("get via", type(self).__name__)
        return super().__get__(obj, objtype)

class A:
    def __init__(self):
        self._x = 1
    @logged_property
    def x(self):
        return self._x

a = A()
print(a.x, type(A.__dict__["x"]).__name__, isinstance(A.__dict__["x"], property))

class tagged_classmethod(classmethod):
    tag = "T"

class tagged_staticmethod(staticmethod):
    tag = "S"

class B:
    @tagged_classmethod
    def make(cls):
        return cls.__name__
    @tagged_staticmethod
    def util(x):
        return x * 2

print(B.make(), B().make(), B.util(4), B.__dict__["make"].tag, B.__dict__["util"].tag)

class cached(property):
    def __init__(self, fget):
        super().__init__(fget)
        self.calls = 0

class C:
    @cached
    def value(self):
        return 42

print(C().value, C.__dict__["value"].calls)
