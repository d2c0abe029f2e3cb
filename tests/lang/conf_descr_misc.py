# test_descr fixes: an inherited __getattribute__ under a subclass's __getattr__;
# pow(x, y, z) on an int subclass's __pow__; __slotnames__ in __getstate__;
# reversed() looks __reversed__ up on the type.
def t():
    class A(object): pass
    class B(A): pass
    class C(A): pass
    class D(B, C): pass
    d = D()
    A.__hash__ = lambda self: 42
    print(hash(d))
    del A.__hash__
    d.foo = 42
    d.bar = 42
    print(d.foo, d.bar)
    def __getattribute__(self, name):
        if name == "foo":
            return 24
        return object.__getattribute__(self, name)
    A.__getattribute__ = __getattribute__
    print(d.foo, d.bar)
    def __getattr__(self, name):
        if name in ("spam", "foo", "bar"):
            return "hello"
        raise AttributeError(name)
    B.__getattr__ = __getattr__
    print(d.spam, d.foo, d.bar)
    del A.__getattribute__
    print(d.foo)
    del d.foo
    print(d.foo, d.bar)
t()

class I(int):
    def __repr__(self):
        return "I(%r)" % int(self)
    def __pow__(self, other, mod=None):
        if mod is None:
            return I(pow(int(self), int(other)))
        return I(pow(int(self), int(other), int(mod)))
    def __rpow__(self, other, mod=None):
        return I(pow(int(other), int(self), mod))
class J(int):
    pass
class K(int):
    def __pow__(self, other, mod=None):
        return NotImplemented
print(repr(pow(I(2), I(3), I(5))), repr(pow(2, I(3), 5)), repr(pow(I(2), 3, 5)), repr(pow(2, 3, I(5))))
print(repr(pow(J(2), 3, 5)), type(pow(J(2), 3, 5)).__name__)
try:
    print(pow(K(2), 3, 5))
except Exception as e:
    print(type(e).__name__, e)

import copyreg, pickle, copy
class S(str):
    pass
class A:
    __slotnames__ = [S('spam')]
    def __getattr__(self, attr):
        if attr == 'spam':
            A.__slotnames__[:] = [S('spam')]
            return 42
        raise AttributeError
r = A().__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1][0].__name__, r[2:])
class B:
    __slotnames__ = None
b = B(); b.x = 1
print(b.__getstate__())
class C:
    __slotnames__ = [1]
try:
    print(C().__getstate__())
except Exception as e:
    print(type(e).__name__, e)
class D:
    __slots__ = ('a', 'b')
d = D(); d.a = 5
print(d.__getstate__(), copy.copy(d).a)
print(d.__reduce_ex__(2)[2])
class E(D):
    __slotnames__ = ['b', 'zz']
e = E(); e.a = 1; e.b = 2
print(e.__getstate__())

record = []
class SpecialDescr(object):
    def __init__(self, impl):
        self.impl = impl
    def __get__(self, obj, owner):
        record.append(1)
        return self.impl.__get__(obj, owner)
class Checker(object):
    def __getattr__(self, attr):
        print("__getattr__ called with", attr)
    def __getattribute__(self, attr):
        if attr != "__class__":
            print("__getattribute__ called with", attr)
        return object.__getattribute__(self, attr)
def empty_seq(self):
    return [1, 2]
class X(Checker):
    pass
X.__reversed__ = empty_seq
print(reversed(X()))
X.__reversed__ = SpecialDescr(empty_seq)
print(reversed(X()), record)
class Y:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(Y())
except Exception as e:
    print(type(e).__name__, e)
