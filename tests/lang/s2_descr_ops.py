# Operator dispatch between a class and its subclass, special methods
# found through descriptors, and guards on object.__setattr__.


class C:
    def __floordiv__(self, other): return "C.__floordiv__"
    def __rfloordiv__(self, other): return "C.__rfloordiv__"
    def __add__(self, other): return "C.__add__"
    def __radd__(self, other): return "C.__radd__"
    def __mul__(self, other): return NotImplemented
    def __rmul__(self, other): return "C.__rmul__"


class D(C):
    def __floordiv__(self, other): return "D.__floordiv__"
    def __rfloordiv__(self, other): return "D.__rfloordiv__"
    def __radd__(self, other): return "D.__radd__"
    def __rmul__(self, other): return NotImplemented


class E(C):                     # inherits everything: no priority
    pass


class F(C):
    def __rfloordiv__(self, other): return NotImplemented


print(C() // D(), D() // C(), C() + D(), D() + C())
print(C() // E(), E() // C(), C() + E())
print(C() // F())
for a, b in ((C(), D()), (D(), C()), (D(), D()), (C(), E()), (E(), C())):
    try:
        print(a * b)
    except TypeError as e:
        print("TypeError", e)
print(1 // C(), C() // 1, 1 + D())


class I(int):
    def __radd__(self, other): return "I.__radd__"


print(1 + I(2), I(2) + 1, 1.5 + I(2))


# ord() and type names take str subclasses
class S(str):
    def __str__(self): return "41"


print(ord(S("A")))
try:
    ord(S("AB"))
except TypeError as e:
    print("TypeError", e)


class T:
    pass


T.__name__ = S("renamed")
print(T.__name__ == "renamed", T.__qualname__, repr(T)[-10:])
T.__qualname__ = S("Q.renamed")
print(T.__qualname__ == "Q.renamed")
try:
    T.__name__ = 5
except TypeError as e:
    print("TypeError", e)


# +z of a complex subclass is a complex
class MadComplex(complex):
    def __repr__(self): return "mad"


z = MadComplex(-3, 4)
print(type(+z).__name__, +z, type(-z).__name__, type(z + 0).__name__, repr(z))


# special methods reached through a descriptor
class Special:
    def __init__(self, impl): self.impl = impl
    def __get__(self, obj, owner): return self.impl.__get__(obj, owner)


class B:
    __bytes__ = Special(lambda self: b"special")
    __len__ = Special(lambda self: 7)


print(bytes(B()), len(B()))


# object.__setattr__ may not skip type's own __setattr__
for call in (lambda: object.__setattr__(str, "foo", 42),
             lambda: object.__delattr__(str, "lower"),
             lambda: object.__setattr__(int, "bar", 1)):
    try:
        call()
        print("allowed")
    except TypeError as e:
        print("TypeError", e)


class Meta(type):
    def __setattr__(cls, key, value):
        object.__setattr__(cls, key, value)


class WithMeta(metaclass=Meta):
    pass


try:
    WithMeta.attr = 1
    print("allowed")
except TypeError as e:
    print("TypeError", e)


class Plain:
    pass


p = Plain()
object.__setattr__(p, "x", 1)
type.__setattr__(Plain, "y", 2)
print(p.x, Plain.y)


class Doubler:
    def __setattr__(self, k, v): object.__setattr__(self, k, v * 2)


d = Doubler()
d.q = 4
print(d.q)
