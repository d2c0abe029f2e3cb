# {**m} takes any mapping (keys() and []), as CPython's PyDict_Update; a dict
# subclass that keeps dict's iteration is read directly.
import os, collections, types
class M:
    def keys(self): return ["a", "b"]
    def __getitem__(self, k): return k.upper()
class D(dict):
    def keys(self): return ["zz"]
    def __getitem__(self, k): return "sub"
class DI(dict):
    def __iter__(self): return iter(["q"])
    def keys(self): return ["q"]
    def __getitem__(self, k): return "overridden"
print({**M(), "c": 1}, {**D(x=1)}, {**DI(x=1)})
print(len({**os.environ}) == len(os.environ), {**collections.OrderedDict(a=1)}, {**types.MappingProxyType({"m": 2})})
print({**collections.ChainMap({"a": 1}, {"b": 2})}, {**collections.Counter("aab")})
for bad in [1, [("a", 1)], None, "ab"]:
    try: {**bad}
    except TypeError as e: print(e)
class BadKeys:
    keys = 5
try: {**BadKeys()}
except TypeError as e: print(e)
def f(**kw): return kw
print(f(**M()), f(**collections.OrderedDict(x=1)))
