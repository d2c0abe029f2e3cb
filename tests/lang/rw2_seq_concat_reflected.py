# A sequence's + tries the right operand's __radd__ before raising
# (CPython's sq_concat comes after both nb_add slots).
import collections, array

class R:
    def __radd__(self, other):
        return ('radd', type(other).__name__)
    def __rmul__(self, other):
        return ('rmul', type(other).__name__)

class Meta(type):
    pass

class RM(metaclass=Meta):
    __slots__ = ()
    def __radd__(self, other):
        return ('radd-meta', type(other).__name__)

class No:
    pass

class NI:
    def __radd__(self, other):
        return NotImplemented

for left in [(1,), [1], 'a', b'a', bytearray(b'a'), collections.deque([1]),
             array.array('i', [1])]:
    name = type(left).__name__
    print(name, left + R())
    print(name, left + RM())
    print(name, left * R())
    for bad in [No(), NI(), 1, None]:
        try:
            left + bad
        except Exception as e:
            print(name, type(e).__name__, e)

class MyList(list):
    pass
class MyTuple(tuple):
    pass
for left in [MyList([1]), MyTuple((1,))]:
    print(type(left).__name__, left + R())
    try:
        left + No()
    except Exception as e:
        print(type(e).__name__, e)

# in-place concatenation falls back the same way
t = (1,)
t += R()
print(t)
l = [1]
try:
    l += No()
except Exception as e:
    print(type(e).__name__, e)
l += R()
print(l)

# the dunder itself still raises instead of returning NotImplemented
for left in [(1,), [1]]:
    try:
        print(left.__add__(No()))
    except Exception as e:
        print(type(e).__name__, e)
print((1,).__add__(R()) if False else 'skip')

# a number-like class whose __mul__/__rmul__ decline still repeats through
# __index__ (sympy's Integer: [x] * Integer(2))
class N:
    def __index__(self): return 2
    def __rmul__(self, o): return NotImplemented
    def __mul__(self, o): return NotImplemented
print([1] * N(), (1,) * N(), 'a' * N(), N() * [1], b'x' * N(), bytearray(b'y') * N())
class NoIndex:
    def __rmul__(self, o): return NotImplemented
for s in [[1], (1,), 'a', b'x']:
    try:
        s * NoIndex()
    except TypeError as e:
        print(type(e).__name__, e)
