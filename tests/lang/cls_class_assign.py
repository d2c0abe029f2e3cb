# obj.__class__ = Other, where CPython allows it.
class A:
    def hello(self): return 'A'
class B:
    def hello(self): return 'B'

a = A()
a.x = 1
a.__class__ = B
print(a.hello(), type(a).__name__, a.x, isinstance(a, B), isinstance(a, A))

def t(f):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)

def setc(o, v): o.__class__ = v
t(lambda: setc(a, 1))
t(lambda: setc(a, int))
t(lambda: setc(1, A))
t(lambda: setc([], A))
def delc():
    del a.__class__
t(delc)

class E(Exception): pass
t(lambda: setc(a, E))

# Reading __class__ everywhere.
print(a.__class__.__name__, (1).__class__, None.__class__, A.__class__, type.__class__)

# A property named __class__ in the class shadows it for attribute access.
class Liar:
    @property
    def __class__(self):
        return int
print(Liar().__class__, type(Liar()).__name__, isinstance(Liar(), int))
