# repr(module) as CPython 3.11.2's importlib._bootstrap._module_repr: the
# spec first, the loader's module_repr() only without one (pytest's
# rewriting loader inherits importlib.abc.Loader's, which warns).
import importlib.abc
import importlib.machinery
import types
import warnings

warnings.simplefilter("error")


class AbcLoader(importlib.abc.Loader):
    def __repr__(self):
        return "AbcLoader()"


class Custom:
    def module_repr(self, module):
        return f"<custom {module.__name__}>"


class Failing:
    def __repr__(self):
        return "Failing()"

    def module_repr(self, module):
        raise ValueError("no repr")


m = types.ModuleType("m")
m.__loader__ = AbcLoader()
m.__spec__ = importlib.machinery.ModuleSpec("m", m.__loader__, origin="/somewhere/m.py")
m.__spec__.has_location = True
print(repr(m))
m.__loader__ = Custom()
print(repr(m))
m.__spec__ = None
print(repr(m))
m.__loader__ = Failing()
print(repr(m))
m.__file__ = "/x/m.py"
print(repr(m))
del m.__file__
try:
    m.__loader__ = AbcLoader()
    print(repr(m))
except DeprecationWarning as e:
    print("DeprecationWarning", str(e)[:40])
n = types.ModuleType("n")
print(repr(n))
n.__spec__ = importlib.machinery.ModuleSpec("n", None)
print(repr(n))
n.__spec__ = importlib.machinery.ModuleSpec("n", Custom(), origin="built-in")
print(repr(n))
import json
print(repr(json)[:22])
