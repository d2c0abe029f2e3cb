# A class's __dict__ holds the __dict__ / __weakref__ descriptors of the
# class that introduces them (getset_descriptor), not of its subclasses.
import types

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

class C:
    pass

class Sub(C):
    pass

print(list(C.__dict__))
print(list(Sub.__dict__))
print(C.__dict__['__dict__'], C.__dict__['__weakref__'])
print(type(C.__dict__['__dict__']).__name__)
print(repr(C.__dict__['__dict__'].__doc__), repr(C.__dict__['__weakref__'].__doc__))
print(C.__dict__['__dict__'].__objclass__ is C, C.__dict__['__dict__'].__name__)
print(C.__dict__['__dict__'].__qualname__)

c = C()
c.x = 1
print(c.__dict__, C.__dict__['__dict__'].__get__(c))
C.__dict__['__dict__'].__set__(c, {'y': 2})
print(c.y, c.__dict__)
show('apply to int', lambda: C.__dict__['__dict__'].__get__(1))
show('weakref', lambda: c.__weakref__)
def del_weak():
    del c.__weakref__
show('del weakref', del_weak)
def set_weak():
    c.__weakref__ = 1
show('set weakref', set_weak)
def set_dict_bad():
    c.__dict__ = 1
show('set dict', set_dict_bad)
del c.__dict__
print('after del', c.__dict__)

# slots: only what is declared
class D:
    __slots__ = ['__dict__']
class W:
    __slots__ = ['__weakref__']
class N:
    __slots__ = ('a',)
print(sorted(k for k in D.__dict__ if k.startswith('__') and k.endswith('__')))
print(sorted(k for k in W.__dict__ if k.startswith('__') and k.endswith('__')))
print('__dict__' in N.__dict__, '__weakref__' in N.__dict__)
print(hasattr(W(), '__dict__'), hasattr(D(), '__weakref__'))

# a secondary base provides what the layout base lacks
class A:
    __slots__ = ()
class B:
    pass
class AB(A, B):
    __slots__ = ()
print(list(AB.__dict__))
ab = AB()
ab.z = 3
print(ab.__dict__)
class C1(W, D):
    __slots__ = []
class C2(D, W):
    __slots__ = []
for k in C1, C2:
    o = k()
    o.foo = 42
    print(k.__name__, list(k.__dict__), o.__dict__, hasattr(o, '__weakref__'))

# subclasses of builtins with a dict of their own add no descriptor
class E(Exception):
    pass
class L(list):
    pass
print('__dict__' in E.__dict__, '__dict__' in L.__dict__, '__weakref__' in L.__dict__)
class T(tuple):
    pass
print('__dict__' in T.__dict__, '__weakref__' in T.__dict__)

# a class's dict cannot be replaced through a base's descriptor
class Base:
    pass
class Meta(type, Base):
    pass
class K(metaclass=Meta):
    pass
show('meta set', lambda: Base.__dict__['__dict__'].__set__(K, {}))
show('meta get', lambda: type(Base.__dict__['__dict__'].__get__(K)).__name__)
def del_cls_dict():
    del K.__dict__
show('meta del', del_cls_dict)

# a namespace that already has '__dict__' keeps it
class P:
    __dict__ = 'mine'
print(P.__dict__['__dict__'] if isinstance(P.__dict__, dict) else type(P.__dict__).__name__)
print(P().__dict__)
