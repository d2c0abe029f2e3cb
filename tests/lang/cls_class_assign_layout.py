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
