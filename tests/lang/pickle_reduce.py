# The reduce protocol: __reduce__, __reduce_ex__, __getstate__ /
# __setstate__, __getnewargs__ / __getnewargs_ex__, slots, list and dict
# items, state setters, and copyreg's dispatch table.
import copyreg
import pickle


class R:
    def __init__(self, x):
        self.x = x
    def __reduce__(self):
        return (R, (self.x * 2,))


class RX:
    def __reduce_ex__(self, proto):
        return (RX, (), {'proto': proto})


class State:
    def __init__(self):
        self.a = 1
    def __getstate__(self):
        return {'a': self.a, 'extra': 'yes'}
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.restored = True


class NewArgs(int):
    def __new__(cls, v, tag):
        o = int.__new__(cls, v)
        o.tag = tag
        return o
    def __getnewargs__(self):
        return (int(self), self.tag)


class NewArgsEx:
    def __new__(cls, *args, **kw):
        o = object.__new__(cls)
        o.args, o.kw = args, kw
        return o
    def __getnewargs_ex__(self):
        return self.args, self.kw


class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
        self.b = [2]


class MyList(list):
    pass


class MyDict(dict):
    pass


def setter(obj, state):
    obj.via_setter = state


class WithSetter:
    def __reduce__(self):
        return (WithSetter, (), {'s': 1}, None, None, setter)


class Items:
    def __init__(self):
        self.items = []
        self.d = {}
    def append(self, x):
        self.items.append(x)
    def extend(self, xs):
        self.items.extend(xs)
    def __setitem__(self, k, v):
        self.d[k] = v
    def __reduce__(self):
        return (Items, (), None, iter([1, 2, 3]), iter([('a', 1), ('b', 2)]))


for proto in range(6):
    print('protocol', proto)
    r = pickle.loads(pickle.dumps(R(3), proto))
    print(' R', r.x)
    data = pickle.dumps(RX(), proto)
    print(' RX', pickle.loads(data).proto)
    s = pickle.loads(pickle.dumps(State(), proto))
    print(' State', sorted(vars(s).items()))
    n = pickle.loads(pickle.dumps(NewArgs(5, 'five'), proto))
    print(' NewArgs', int(n), n.tag, type(n).__name__)
    e = pickle.loads(pickle.dumps(NewArgsEx(1, 2, k=3), proto))
    print(' NewArgsEx', e.args, e.kw)
    try:
        sl = pickle.loads(pickle.dumps(Slotted(), proto))
        print(' Slotted', sl.a, sl.b)
    except TypeError as e:
        print(' Slotted', type(e).__name__, e)
    ml = MyList([1, 2])
    ml.attr = 'x'
    b = pickle.loads(pickle.dumps(ml, proto))
    print(' MyList', b, type(b).__name__, b.attr)
    md = MyDict(a=1)
    b = pickle.loads(pickle.dumps(md, proto))
    print(' MyDict', b, type(b).__name__)
    w = pickle.loads(pickle.dumps(WithSetter(), proto))
    print(' WithSetter', w.via_setter)
    it = pickle.loads(pickle.dumps(Items(), proto))
    print(' Items', it.items, it.d)

print(pickle.dumps(R(1), 2))
print(pickle.dumps(State(), 0))
print(pickle.dumps(NewArgsEx(1, k=2), 2))
print(pickle.dumps(NewArgsEx(1, k=2), 4))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(p):
    return (Point, (p.x, p.y))


copyreg.pickle(Point, reduce_point)
p = pickle.loads(pickle.dumps(Point(1, 2), 2))
print('copyreg', p.x, p.y, pickle.dumps(Point(1, 2), 2))
del copyreg.dispatch_table[Point]
print(pickle.loads(pickle.dumps(Point(3, 4), 2)).__dict__)

# a reduce value that is a string names a global
class Singleton:
    def __reduce__(self):
        return 'THE_ONE'


THE_ONE = Singleton()
print(pickle.loads(pickle.dumps(THE_ONE, 2)) is THE_ONE, pickle.dumps(THE_ONE, 0))
