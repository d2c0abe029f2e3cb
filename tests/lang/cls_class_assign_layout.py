# __class__ assignment between subclasses of builtins: same layout only.
class A: pass
class L(list): pass
class L2(list): pass
class T(tuple): pass

def t(f):
    try:
        f()
        print('ok')
    except TypeError as e:
        print('TypeError', e)
def setc(o, v): o.__class__ = v

a = A()
t(lambda: setc(a, L))
l = L([1, 2])
t(lambda: setc(l, L2))
print(type(l).__name__, l)
t(lambda: setc(l, A))
t(lambda: setc(l, T))
t(lambda: setc(l, list))

# __slots__: the same slots are compatible, other slots are not.
class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('a',)
class S3:
    __slots__ = ('b',)
class Plain: pass
s = S1()
t(lambda: setc(s, S2))
print(type(s).__name__)
t(lambda: setc(s, S3))
t(lambda: setc(s, Plain))
t(lambda: setc(Plain(), S1))

# Subclasses that add nothing to the layout are interchangeable.
class Sub1(S1): __slots__ = ()
class P2(Plain): pass
t(lambda: setc(s, Sub1))
p = Plain()
t(lambda: setc(p, P2))
print(type(p).__name__)
