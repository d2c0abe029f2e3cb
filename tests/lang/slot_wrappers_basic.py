# Slot wrappers on builtin types: bound and unbound dunders, NotImplemented,
# reprs, __hash__ = None, __new__ and object.__init__ from Python.
print((1).__add__(2), int.__add__(1, 'a'), (1).__radd__(5), int.__sub__(10, 3), (10).__rsub__(3))
print('x'.__eq__('x'), 'x'.__ne__('y'), object.__eq__(1, 1), object.__eq__(1, 2))
print([1,2].__len__(), [1,2].__contains__(2), [1,2].__getitem__(0))
print(repr(int.__add__), repr(object.__eq__), repr(list.__len__))
print(repr((1).__add__)[:30])
print(list.__hash__, dict.__hash__, set.__hash__, (5).__hash__())
print(int.__new__(int, 5), object.__new__(object).__class__)
class A:
    def __new__(cls, *a):
        o = object.__new__(cls)
        o.a = a
        return o
    def __init__(self, *a):
        super().__init__()
print(A(1,2).a)
class B(Exception):
    def __new__(cls, v):
        return Exception.__new__(cls, v * 2)
    def __init__(self, v):
        super().__init__(v + 1)
print(B(5).args, type(B(5)).__name__)
class L:
    def __len__(self):
        return 100
    def __eq__(self, o):
        return object.__eq__(self, o)
    __hash__ = object.__hash__
l = L()
print(len(l), l == l, l == 1, hash(l) == object.__hash__(l))
try: int.__new__(str)
except TypeError as e: print(e)
class E:
    def __eq__(self, o): return 'eq'
print(E() == 1, E().__eq__(2))
print((3).__pow__(2), (3).__pow__(2, 5), (2).__rpow__(3), (1.5).__mul__(2), (2).__truediv__(4))
print((5).__neg__(), (5).__invert__(), (-5).__abs__(), (5).__bool__(), (0).__bool__())
print(float.__int__(2.7), int.__float__(3), (7).__index__())
d = {}
d.__setitem__('a', 1); print(d); d.__delitem__('a'); print(d)
it = iter([1]); print(it.__next__())
try: it.__next__()
except StopIteration: print('stop')
try: int.__add__('a', 1)
except TypeError as e: print(e)
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__)
print(type(int.__add__).__name__, type((1).__add__).__name__)
print(int.__repr__(5), str.__str__('a'), object.__repr__ is not None)
print((1).__add__ == (1).__add__)
print([].__iadd__([3]))
print(object.__setattr__, object.__getattribute__(A(), '__class__'))
