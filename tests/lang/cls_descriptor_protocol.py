# Descriptors written in Python: __get__, __set__, __delete__ (slots filled
# from the class namespace, also when added later).
class Verbose:
    def __init__(self, name): self.name = name
    def __get__(self, obj, objtype=None):
        print('get', self.name, obj is None, objtype.__name__ if objtype else None)
        return self if obj is None else obj.__dict__.get(self.name, 0)
    def __set__(self, obj, value):
        print('set', self.name, value)
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print('delete', self.name)
        obj.__dict__.pop(self.name, None)

class A:
    v = Verbose('v')

a = A()
print(a.v)
a.v = 5
print(a.v)
del a.v
print(a.v)
print(type(A.v).__name__)

# Non-data descriptor: the instance dict wins.
class NonData:
    def __get__(self, obj, objtype=None):
        return 'from descriptor'
class B:
    nd = NonData()
b = B()
print(b.nd)
b.__dict__['nd'] = 'from instance'
print(b.nd, B.nd)

# __set__ only: still a data descriptor for assignment.
class SetOnly:
    def __set__(self, obj, value):
        print('SetOnly.__set__', value)
class C:
    s = SetOnly()
C().s = 3

# Adding __get__ to a class later makes its instances descriptors.
class Late: pass
class D:
    x = Late()
print(type(D().x).__name__)
Late.__get__ = lambda self, obj, objtype=None: 'late get'
print(D().x)

# Deleting through a descriptor without __delete__.
class NoDel:
    def __get__(self, obj, t=None): return 1
    def __set__(self, obj, v): pass
class E:
    n = NoDel()
try:
    del E().n
except AttributeError as e:
    print('AttributeError', e)
