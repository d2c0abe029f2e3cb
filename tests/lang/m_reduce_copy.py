# object.__reduce_ex__/__reduce__ through copyreg (protocols 0-4), so
# copy.copy/deepcopy work on plain classes, list/dict subclasses and sets.
import copy
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', r)
class A:
    def __init__(self):
        self.x = [1]
        self.y = {'k': (1, 2)}
a = A()
r = a.__reduce_ex__(2)
print(r[0].__name__, r[1][0].__name__, r[2], r[3], r[4])
r = a.__reduce_ex__(4)
print(r[0].__name__, r[1][0].__name__, r[2], r[3], r[4])
print(type(a.__reduce_ex__(1)[0]).__name__ if False else '')
b = copy.deepcopy(a)
print(b.x, b.y, b.x is a.x, type(b).__name__)
c = copy.copy(a)
print(c.x is a.x)
print((5).__reduce_ex__(2)[1], (2.5).__reduce_ex__(2)[1], 'ab'.__reduce_ex__(2)[1], (1, 2).__reduce_ex__(2)[1])
print([1, 2].__reduce_ex__(2)[1:3], list([1, 2].__reduce_ex__(2)[3]), list({1: 2}.__reduce_ex__(2)[4]))
class L(list):
    pass
l = L([1, 2])
l.tag = 't'
l2 = copy.deepcopy(l)
print(type(l2).__name__, l2, l2.tag)
class D(dict):
    pass
d2 = copy.deepcopy(D(a=[1]))
print(type(d2).__name__, d2)
t('reduce int', lambda: (5).__reduce__())
t('reduce_ex no arg', lambda: a.__reduce_ex__())
t('reduce_ex str', lambda: a.__reduce_ex__('x'))
class R:
    def __reduce__(self):
        return (R, ())
print(R().__reduce_ex__(2), type(copy.copy(R())).__name__)
class S:
    __slots__ = ()
print(copy.deepcopy([A(), {1: A()}])[1][1].y)
print(copy.deepcopy({1, 2}), copy.deepcopy(frozenset([1])), copy.copy(bytearray(b'x')))
