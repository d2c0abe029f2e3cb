# `del o[k]` on a type without item deletion: CPython words it "doesn't"
# on its sequence path (an index into a sized type) and "does not" on its
# mapping path; mappingproxy has neither __setitem__ nor __delitem__.
import types

mp = types.MappingProxyType({"a": 1})
cases = [((1, 2), 0), ((1, 2), "a"), ("ab", 0), ("ab", True), (mp, "a"),
         (mp, 0), (object(), 0), (5, 0), (frozenset(), 0), (range(3), 1),
         (b"x", 0), (None, "x"), ({}.keys(), 0), ({}.items(), "k")]
for o, k in cases:
    try:
        del o[k]
    except Exception as e:
        print(type(o).__name__, repr(k), type(e).__name__, e)
for o, k in ((mp, "a"), ((1,), 0), (object(), 0)):
    try:
        o[k] = 1
    except Exception as e:
        print(type(o).__name__, type(e).__name__, e)
print(hasattr(mp, "__setitem__"), hasattr(mp, "__delitem__"),
      "__setitem__" in dir(type.__dict__))
for name in ("__setitem__", "__delitem__"):
    try:
        getattr(mp, name)
    except AttributeError as e:
        print("AttributeError", e)
print(mp["a"], dict(mp), mp.get("b", 2))
