# hasattr / getattr(o, n, default) take a non-raising lookup path: every
# hook must still run, only AttributeError means "missing", and other
# errors propagate.

class Plain:
    cls_attr = 1
    def __init__(self):
        self.x = 2

p = Plain()
print(hasattr(p, "x"), hasattr(p, "cls_attr"), hasattr(p, "nope"))
print(getattr(p, "x", None), getattr(p, "nope", "dflt"), getattr(Plain, "nope", 7))
print(hasattr(p, "__class__"), hasattr(p, "__dict__"), hasattr(Plain, "__name__"))
try:
    getattr(p, "nope")
except AttributeError as e:
    print(type(e).__name__, e, e.name, e.obj is p)

class WithGetattr:
    calls = 0
    def __getattr__(self, name):
        WithGetattr.calls += 1
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError("custom " + name)

w = WithGetattr()
print(hasattr(w, "dyn_abc"), getattr(w, "dyn_q", None), hasattr(w, "other"))
print(getattr(w, "other", "fallback"), WithGetattr.calls)
try:
    w.other
except AttributeError as e:
    print("AttributeError", e)

class RaisesOther:
    def __getattr__(self, name):
        raise KeyError(name)

for f in (lambda: hasattr(RaisesOther(), "z"), lambda: getattr(RaisesOther(), "z", 1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Props:
    @property
    def missing(self):
        raise AttributeError("from property")
    @property
    def broken(self):
        raise ValueError("broken property")
    @property
    def ok(self):
        return "ok"

q = Props()
print(hasattr(q, "missing"), hasattr(q, "ok"), getattr(q, "missing", "d"))
try:
    hasattr(q, "broken")
except ValueError as e:
    print("ValueError", e)

class PropsAndHook(Props):
    def __getattr__(self, name):
        return "hook:" + name

r = PropsAndHook()
print(r.missing, hasattr(r, "missing"), getattr(r, "anything", None))

class GA:
    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return object.__getattribute__(self, name)

g = GA()
print(hasattr(g, "secret"), hasattr(g, "nothing"), getattr(g, "nothing", "no"))

class Meta(type):
    def __getattr__(cls, name):
        if name == "virtual":
            return "virt"
        raise AttributeError(name)

class M(metaclass=Meta):
    real = 1

print(hasattr(M, "real"), hasattr(M, "virtual"), hasattr(M, "gone"), getattr(M, "gone", 0))
print(getattr(M, "virtual"), M.virtual)
try:
    M.gone
except AttributeError as e:
    print("AttributeError", e)

class Slots:
    __slots__ = ("a", "b")
s = Slots()
s.a = 1
print(hasattr(s, "a"), hasattr(s, "b"), getattr(s, "b", "unset"))

import sys
print(hasattr(sys, "path"), hasattr(sys, "no_such_thing"), getattr(sys, "no_such", 3))
print(hasattr(1, "real"), hasattr(1, "imag"), hasattr(1, "bogus"), getattr("s", "bogus", 5))
print(hasattr(len, "__name__"), hasattr(len, "bogus"), hasattr(type, "mro"), hasattr(type, "zz"))

try:
    hasattr(p, 1)
except TypeError as e:
    print("TypeError", e)
try:
    getattr(p, None, 1)
except TypeError as e:
    print("TypeError", e)
try:
    hasattr(p)
except TypeError as e:
    print("TypeError", e)
for f in (lambda: getattr(p), lambda: setattr(p, "x"), lambda: delattr(p),
          lambda: hasattr(p, "x", 3), lambda: getattr(p, "x", 1, 2)):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
