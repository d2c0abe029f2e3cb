# Class attributes read through instances stay right as classes change.
class C:
    K = 1
    @property
    def p(self):
        return "prop"
    @staticmethod
    def s(x):
        return ("static", x)
    @classmethod
    def c(cls):
        return ("class", cls.__name__)
    def m(self):
        return "method"

def read_k(o):
    return o.K
def read_p(o):
    return o.p
def calls(o):
    return o.s(1), o.c(), o.m()
def bound(o):
    return o.m

o = C()
o.field = 0
print([read_k(o) for _ in range(3)], read_p(o), read_p(o), calls(o), calls(o), bound(o)())
C.K = 2
print(read_k(o))
o.K = "instance"
print(read_k(o), read_k(C()))
del o.K
print(read_k(o))
C.p = property(lambda self: "new prop")
print(read_p(o))
C.s = staticmethod(lambda x: ("new static", x))
print(calls(o))
C.m = lambda self: "new method"
print(calls(o), bound(o)())
del C.K
try:
    read_k(o)
except AttributeError as e:
    print("AttributeError", e)
C.K = None
print(read_k(o), read_k(o))

class Raising:
    @property
    def bad(self):
        raise AttributeError("from property")
r = Raising()
for _ in range(2):
    try:
        r.bad
    except AttributeError as e:
        print("AttributeError", e)

class Sub(C):
    pass
s = Sub()
s.x = 1
print(read_k(s), read_p(s), calls(s))

class WithGetattr:
    K = "class"
    def __getattr__(self, name):
        return "fallback " + name
w = WithGetattr()
print(read_k(w), w.missing, w.K)
