# Slot wrappers meeting Python classes: overrides win, super() reaches the
# builtin slot, __new__ from Python, __hash__ = None, descriptor protocol.
class P:
    def __init__(self, x):
        super().__init__()
        self.x = x
    def __repr__(self):
        return 'P(%r)' % self.x
    def __eq__(self, o):
        if not isinstance(o, P):
            return NotImplemented
        return self.x == o.x
    def __add__(self, o):
        return P(self.x + o)
    def __radd__(self, o):
        return P(o + self.x)
print(P(1), repr(P(2)), P(1) == P(1), P(1) != P(2), P(1) == 1, P(1).__eq__(1))
print(P(1) + 2, 3 + P(4), P.__hash__, object.__repr__(P(1))[:12])
print(P(5).__add__(1), P(5).__radd__(1), type(P(1).__eq__).__name__)
try:
    hash(P(1))
except TypeError as e:
    print('TypeError', e)

class S:
    __slots__ = ()
class Q:
    def __new__(cls, *args, **kw):
        self = super().__new__(cls)
        self.args = args
        self.kw = kw
        return self
print(Q(1, 2, k=3).args, Q(k=1).kw, type(Q()).__name__)
print(Q.__new__ is not object.__new__, type(Q.__dict__['__new__']).__name__)

class R:
    def __init__(self, *a):
        object.__init__(self)
        self.a = a
print(R(1).a)
try:
    object.__init__(R(), 1)
except TypeError as e:
    print('TypeError')
try:
    object()
    object(1)
except TypeError as e:
    print(e)

class Cnt:
    def __setattr__(self, k, v):
        object.__setattr__(self, k, v * 2)
    def __getattribute__(self, k):
        if k == 'magic':
            return 42
        return object.__getattribute__(self, k)
c = Cnt()
c.v = 5
print(c.v, c.magic)
object.__delattr__(c, 'v')
print(hasattr(c, 'v'))

# Wrappers on builtin types, operands of other types.
print(int.__add__(1, 2.0), float.__add__(1.0, 2), float.__radd__(1.5, 2))
print((5).__lt__(6), (5).__lt__('a'), 'a'.__lt__('b'), (1.0).__eq__(1))
print([1].__eq__([1]), (1, 2).__lt__((1, 3)), {1: 2}.__eq__({1: 2}), {1}.__le__({1, 2}))
print([1, 2].__add__([3]), [1].__mul__(3), (1,).__rmul__(2), 'ab'.__mul__(2))
try: 'a'.__add__(1)
except TypeError as e: print(e)
try: [1].__add__((1,))
except TypeError as e: print(e)
try: [1].__mul__('x')
except TypeError as e: print(e)
print(int.__radd__(1, 'a'))
print('%s-%d'.__mod__(('x', 3)), 'abc'.__contains__('b'), 'abc'.__getitem__(1), 'abc'.__len__())
print((1, 2).__hash__() == hash((1, 2)), 'a'.__hash__() == hash('a'), (2.5).__hash__() == hash(2.5))
print((1.5).__neg__(), (2.0).__pow__(3), (3).__rtruediv__(6), (7).__floordiv__(2), (7).__mod__(3))
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(4), (16).__rshift__(2))
print(True.__and__(False), True.__or__(False), (True).__add__(1), bool.__repr__(True))
print(complex(1, 2).__add__(1), complex.__mul__(1j, 1j), (2j).__abs__())
print(b'ab'.__add__(b'c'), b'ab'.__len__(), b'ab'.__getitem__(0), bytearray(b'x').__hash__)
print(range(5).__len__(), range(5).__getitem__(2), range(5).__contains__(3))
l = [1, 2, 3]
l.__setitem__(0, 9); l.__delitem__(1); print(l, l.__iadd__([4]), l)
s = {1}
print(s.__or__({2}), s.__and__({1, 3}), s.__sub__({1}), s.__xor__({1, 2}))
d = {'a': 1}
print(d.__getitem__('a'), d.__contains__('b'), d.__len__())
it = [1, 2].__iter__()
print(it.__next__(), next(it), it.__iter__() is it)
f = (1).__add__
print(f(2), f.__self__, f.__name__, f.__qualname__)
print(int.__add__.__get__(3)(4), int.__add__.__get__(3, int)(5))
print(int.__add__.__objclass__, object.__eq__.__name__)
print(len.__call__([1, 2]), (lambda x: x + 1).__call__(1), int.__call__ is type.__call__)
print(type.__call__(int, '12'), str.__new__(str, 'ab'), tuple.__new__(tuple, [1, 2]))
print(int.__new__(int, '7'), float.__new__(float, '2.5'), list.__new__(list) == [])
for name, bad in (("int.__add__('a', 1)", lambda: int.__add__('a', 1)),
                  ("int.__new__(str, 1)", lambda: int.__new__(str, 1)),
                  ("int.__new__(1)", lambda: int.__new__(1)),
                  ("(1).__add__()", lambda: (1).__add__()),
                  ("(1).__add__(1, 2)", lambda: (1).__add__(1, 2)),
                  ("list.__len__(())", lambda: list.__len__(())),
                  ("object.__eq__()", lambda: object.__eq__())):
    try:
        bad()
        print('no error', name)
    except TypeError:
        print('TypeError', name)
print(list.__hash__ is None, dict.__hash__ is None, set.__hash__ is None,
      frozenset.__hash__ is None, tuple.__hash__ is None)
print(int.__add__ is int.__dict__['__add__'], '__add__' in int.__dict__, '__len__' in list.__dict__)
print(repr(float.__mul__), repr(str.__getitem__), repr(object.__init__), repr(type.__call__))
print(str(int.__add__) == repr(int.__add__), repr((1).__add__).startswith("<method-wrapper '__add__' of int object at "))
print(repr(object.__new__).startswith('<built-in method __new__ of type object'))
# A Python subclass of an exception calls the builtin __new__/__init__.
class E(ValueError):
    def __new__(cls, v):
        return ValueError.__new__(cls, v, 'extra')
    def __init__(self, v):
        super().__init__(v * 2)
e = E(4)
print(e.args, isinstance(e, ValueError), BaseException.__str__(e))
