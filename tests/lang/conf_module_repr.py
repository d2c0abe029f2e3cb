import sys
from types import ModuleType

m = ModuleType("foo"); print(repr(m))
del m.__name__; print(repr(m))
m = ModuleType("foo"); m.__file__ = "/tmp/foo.py"; print(repr(m))
class BareLoader: pass
m = ModuleType("foo"); m.__loader__ = BareLoader; print(repr(m))
class FullLoader:
    @classmethod
    def module_repr(cls, m): return "<module '{}' (crafted)>".format(m.__name__)
m = ModuleType("foo"); m.__loader__ = FullLoader; m.__file__ = "/x.py"; print(repr(m))
class Spec:
    name = "sp"; origin = "somewhere"; loader = None; has_location = False
m = ModuleType("foo"); m.__spec__ = Spec(); print(repr(m))
Spec.has_location = True; print(repr(m))
print(repr(sys))

foo = ModuleType("foo", "foodoc\u1234"); foo.bar = 42; d = foo.__dict__
foo.__init__("foo", "foodoc")
print(foo.__doc__, foo.bar, foo.__dict__ is d, sorted(foo.__dict__))
u = ModuleType.__new__(ModuleType)
print(dir(u), isinstance(u.__dict__, dict))
try: u.not_here
except AttributeError as e: print(e)
try: ModuleType()
except TypeError as e: print(e)

g = ModuleType("g")
g.x = 1
def __getattr__(name):
    if name == "yes": return "dynamic"
    raise AttributeError(f"module g has no {name!r}")
def __dir__(): return ["b", "a"]
g.__getattr__ = __getattr__; g.__dir__ = __dir__
print(g.x, g.yes, dir(g))
try: g.nope
except AttributeError as e: print(e)
h = ModuleType("h"); h.__getattr__ = "Surprise!"; h.__dir__ = "again"
for f in (lambda: h.nope, lambda: dir(h)):
    try: f()
    except TypeError as e: print(type(e).__name__)
k = ModuleType("k")
try: k.missing
except AttributeError as e: print(e)
k.__name__ = "renamed"
try: k.missing
except AttributeError as e: print(e)
