# Special methods come from whichever class in the MRO defines them.
class Sized:
    def __len__(self): return 5
class Named:
    def __repr__(self): return 'Named()'
    def __str__(self): return 'named'
class Adder:
    def __add__(self, o): return 'Adder.add'
    def __radd__(self, o): return 'Adder.radd'
class Iter:
    def __iter__(self): return iter('ab')
    def __contains__(self, x): return x == 'z'

class Plain: pass

class C(Plain, Sized, Named, Adder, Iter): pass
c = C()
print(len(c), repr(c), str(c), c + 1, 1 + c, list(c), 'z' in c, 'a' in c)

class D(Named, Sized): pass
class E(Plain, D): pass
print(len(E()), repr(E()))

# The first in the MRO wins.
class Other:
    def __len__(self): return 9
class F(Plain, Other, Sized): pass
class G(Plain, Sized, Other): pass
print(len(F()), len(G()))

# Builtin defaults are used only when no class defines the method.
class H(Plain):
    pass
print(repr(H()).startswith('<__main__.H object'), bool(H()))
class I(Plain, Sized): pass
class Zero:
    def __len__(self): return 0
class J(Plain, Zero): pass
print(bool(I()), bool(J()))
