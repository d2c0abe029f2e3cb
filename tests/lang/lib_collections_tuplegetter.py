# A namedtuple by hand, as collections.namedtuple builds one: a tuple
# subclass with _tuplegetter fields and '%r' % self in __repr__.
from _collections import _tuplegetter
class Point(tuple):
    __slots__ = ()
    _fields = ('x', 'y')
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    def __repr__(self):
        return self.__class__.__name__ + '(x=%r, y=%r)' % self
    x = _tuplegetter(0, 'Alias for field number 0')
    y = _tuplegetter(1, 'Alias for field number 1')
p = Point(3, 4)
print(p, p.x, p.y, p[0], len(p), isinstance(p, tuple), Point.x.__doc__)
print('%s and %s' % p, '%d' % Point(7, 8)[1:][0])
try: p.x = 5
except AttributeError as e: print('AttributeError', e)
class Short(tuple):
    z = _tuplegetter(5, None)
try: Short((1,)).z
except IndexError as e: print('IndexError', e)
print(sorted([Point(2, 1), Point(1, 2)]), Point(1, 2) == (1, 2))
