# type.__subclasses__(): live direct subclasses, in creation order.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass

def names(cls):
    return [k.__name__ for k in cls.__subclasses__()]

print(names(A), names(B), names(C), names(D))
E = type('E', (A,), {})
print(names(A))

def make():
    class Temp(A): pass
    return len(A.__subclasses__())
print(make())

print(type(A.__subclasses__()).__name__, A.__subclasses__() is A.__subclasses__())
print(type.__subclasses__(D))

class Meta(type): pass
class M1(metaclass=Meta): pass
print('M1' in [k.__name__ for k in object.__subclasses__()])
print([k.__name__ for k in type.__subclasses__(Meta)], 'Meta' in [k.__name__ for k in type.__subclasses__(type)])
try:
    Meta.__subclasses__()
except TypeError as e:
    print('TypeError', e)
print(names(M1))
