# Calling a class whose __init__ is a Python function constructs the
# instance inside the running loop: arguments (positional, keywords,
# defaults, *args), __init__ returning non-None, raising, reassigning
# self, recursion, classes reached as module attributes, metaclasses,
# __new__ overrides, abstract classes, and no-__init__ classes.
import collections, abc, sys

class P:
    def __init__(self, x, y=2, *rest, z=3, **kw):
        self.x, self.y, self.rest, self.z, self.kw = x, y, rest, z, kw
    def __repr__(self):
        return "P(%r, %r, %r, %r, %r)" % (self.x, self.y, self.rest, self.z, self.kw)

print(P(1), P(1, 5), P(1, 5, 6, 7), P(1, z=9), P(x=4, w=1))
for args in [(), (1, 2, 3)]:
    try:
        print(P(*args, y=1))
    except TypeError as e:
        print("TypeError", e)

class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print("TypeError", e)

class Raises:
    def __init__(self, n):
        if n < 0:
            raise ValueError("negative %d" % n)
        self.n = n
try:
    Raises(-1)
except ValueError as e:
    print("ValueError", e)
print(Raises(3).n)

class Rebind:
    def __init__(self):
        self.a = 1
        self = None
r = Rebind()
print(type(r).__name__, r.a)

class Tree:
    def __init__(self, depth):
        self.kids = [Tree(depth - 1) for _ in range(2)] if depth else []
    def count(self):
        return 1 + sum(k.count() for k in self.kids)
print(Tree(6).count())

class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None
try:
    Deep(100000)
except RecursionError as e:
    print("RecursionError", e)

class Holder:
    Inner = P
    def make(self):
        return self.Inner(7)
print(Holder().make())
ns = type(sys)("ns")
ns.P = P
print(ns.P(8, y=9))

class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", a)
        return super().__call__(*a)
class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(WithMeta(3).v)

class WithNew:
    def __new__(cls, v):
        print("__new__", v)
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
print(WithNew(4).v)

class Other:
    pass
class NewOther:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("not called")
print(type(NewOther()).__name__)

class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    def __init__(self):
        pass
try:
    Base()
except TypeError as e:
    print("TypeError", e)

class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError", e)
print(type(NoInit()).__name__)

class Sub(P):
    pass
print(Sub(1, 2))

class ListSub(list):
    def __init__(self, n):
        super().__init__(range(n))
print(ListSub(3))

class ExcSub(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
e = ExcSub(4)
print(e, e.code, e.args)

Point = collections.namedtuple("Point", "x y")
print(Point(1, y=2))

class Gen:
    def __init__(self):
        yield 1
try:
    Gen()
except TypeError as e:
    print("TypeError", e)

class Changing:
    def __init__(self):
        self.v = 1
objs = []
for i in range(3):
    objs.append(Changing())
    if i == 1:
        def new_init(self):
            self.v = 2
        Changing.__init__ = new_init
print([o.v for o in objs])
del Changing.__init__
print(hasattr(Changing(), "v"))
