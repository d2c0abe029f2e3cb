# Setting or deleting a dunder on a class after creation updates behaviour,
# also for subclasses.
class A:
    pass
class B(A):
    pass

a, b = A(), B()
try:
    len(a)
except TypeError as e:
    print('TypeError', e)

A.__len__ = lambda self: 3
print(len(a), len(b))
A.__add__ = lambda self, other: ('add', other)
print(a + 1, b + 2)
A.__repr__ = lambda self: '<an A>'
print(repr(a), repr(b))
B.__repr__ = lambda self: '<a B>'
print(repr(a), repr(b))
del B.__repr__
print(repr(b))
A.__call__ = lambda self, *args: ('called', args)
print(a(1), b())
A.__eq__ = lambda self, other: True
print(a == 5, b == None)

del A.__len__
try:
    len(b)
except TypeError as e:
    print('TypeError', e)

A.__iter__ = lambda self: iter([1, 2])
print(list(a), list(b))
A.__getitem__ = lambda self, k: k * 2
print(a[4], b['x'])
A.__bool__ = lambda self: False
print(bool(a), not b)
A.__hash__ = lambda self: 42
print(hash(a), hash(b))
