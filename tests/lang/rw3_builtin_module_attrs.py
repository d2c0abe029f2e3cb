# C modules carry __package__ ('' for a top-level one) and, once importlib
# is about, the spec BuiltinImporter gives them; builtin types expose
# __text_signature__ so inspect.signature works on them (toolz's
# introspection of itertools.pairwise, tlz's module-building loop).
import math, itertools, sys, cmath, _operator, binascii

for m in (math, itertools, sys, cmath, _operator, binascii):
    print(m.__name__, repr(m.__package__))

import importlib.util, inspect

for name in ("math", "itertools", "zlib", "_struct", "time"):
    spec = importlib.util.find_spec(name)
    mod = __import__(name)
    print(name, spec.name, spec.origin, mod.__spec__.origin, mod.__spec__.parent == "",
          mod.__loader__.__name__, mod.__spec__.loader is mod.__loader__)

for n in sorted(dir(itertools)):
    o = getattr(itertools, n)
    if isinstance(o, type) and not n.startswith("_") and o.__text_signature__:
        print(n, o.__text_signature__, inspect.signature(o), o.__doc__.splitlines()[0])

print(repr(int.__text_signature__), repr(type.__text_signature__))
class A:
    "A(x)\n--\n\nhi"
print(repr(A.__doc__), repr(A.__text_signature__) if hasattr(A, "__text_signature__") else "")
try:
    itertools.pairwise.__text_signature__ = "()"
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
