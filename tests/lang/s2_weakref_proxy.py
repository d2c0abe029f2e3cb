# weakref proxies forward every operator (@, **, <<, >>, unary, index),
# __bytes__ and __reversed__; plain proxies and refs are shared; ref's
# constructor and __init__ check their arguments.
import operator
import weakref


class C:
    def __matmul__(self, other): return "matmul"
    def __rmatmul__(self, other): return "rmatmul"
    def __imatmul__(self, other): return "imatmul"
    def __pow__(self, other): return "pow"
    def __rpow__(self, other): return "rpow"
    def __lshift__(self, other): return "lshift"
    def __rshift__(self, other): return "rshift"
    def __rlshift__(self, other): return "rlshift"
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "invert"
    def __index__(self): return 10
    def __bytes__(self): return b"bytes"
    def __reversed__(self): return iter("cba")
    def __len__(self): return 3
    def __str__(self): return "string"


o = C()
p = weakref.proxy(o)
print(p @ 1, 1 @ p, p ** 2, 2 ** p, p << 1, p >> 1, 1 << p)
print(-p, +p, ~p, operator.index(p), bytes(p), "".join(reversed(p)), str(p), len(p))
print([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11][p], hex(p))
q = p
q @= 5
print(q)
print("__bytes__" in dir(p), "__reversed__" in dir(p))

# shared: a plain proxy or ref without callback is reused
print(weakref.proxy(o) is weakref.proxy(o), weakref.ref(o) is weakref.ref(o))
print(weakref.proxy(o, lambda r: None) is weakref.proxy(o))
print(weakref.proxy(C) is weakref.proxy(C))

# argument checks
for call in (lambda: weakref.ref(o, callback=None), lambda: weakref.ref(),
             lambda: weakref.ref(o, None, None), lambda: weakref.ref(o).__init__(0, 0, 0),
             lambda: weakref.ref(o).__init__(o, x=1)):
    try:
        call()
        print("ok")
    except TypeError as e:
        print("TypeError", e)
print(weakref.ref(o).__init__(o) is None)


class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, **kw):
        super().__init__(ob, callback)
        self.extra = kw


r = MyRef(o, None, tag=1)
print(type(r).__name__, r() is o, r.extra)
try:
    weakref.proxy(o, callback=None)
except TypeError as e:
    print("TypeError", e)
