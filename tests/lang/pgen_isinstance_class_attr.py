# isinstance consults __class__ only when a class may claim another one;
# a class attribute named __class__ (not a descriptor) is such a claim.

class A:
    pass

class ClaimsA:
    __class__ = A

class PropClaimsA:
    @property
    def __class__(self):
        return A

class Plain:
    pass

class Sub(Plain):
    pass

c, p = ClaimsA(), PropClaimsA()
print(c.__class__ is A, getattr(c, "__class__") is A, type(c) is ClaimsA)
print(isinstance(c, A), isinstance(p, A), isinstance(c, ClaimsA), isinstance(p, PropClaimsA))
print(isinstance(Plain(), A), isinstance(Sub(), Plain), isinstance(Sub(), (A, Plain)))
print(isinstance(Plain(), (int, str, A)), isinstance(3, (Plain, int)), isinstance(Sub(), Sub))

class GetattrClass:
    def __getattr__(self, name):
        if name == "__class__":
            return A
        raise AttributeError(name)

print(isinstance(GetattrClass(), A))       # __getattr__ never sees __class__

class Raising:
    @property
    def __class__(self):
        raise RuntimeError("no class for you")

try:
    isinstance(Raising(), A)
except RuntimeError as e:
    print("RuntimeError", e)
print(isinstance(Raising(), Raising))       # the exact type answers first

class WithDictAttr:
    __dict__ = "class-level"
print(WithDictAttr().__dict__)

# type(o).__name__ reads
class Point:
    pass
class Outer:
    class Inner:
        pass
names = [type(o).__name__ for o in (Point(), Outer.Inner(), 1, "s", [], None)]
print(names, Point.__name__ is Point.__name__)
Point.__name__ = "Moved"
print(Point.__name__, Point.__qualname__, repr(Point)[-8:])
Point.__qualname__ = "Elsewhere.Moved"
print(Point.__name__, Point.__qualname__)
class Ünï:
    pass
print(Ünï.__name__, Ünï.__qualname__, type(Ünï()).__name__)
try:
    Point.__name__ = 5
except TypeError as e:
    print("TypeError", e)
