# The import fix behind test_datetime: natively loaded modules carry
# __spec__ and __loader__ (given once importlib is imported), namespace
# packages load, and import_fresh_module gives the pure datetime module
# next to the C one.
import json, os, sys
print("main spec", __spec__)
had_spec = '__spec__' in vars(json)
import importlib, importlib.util
print(type(json.__spec__).__name__, json.__spec__.name, json.__spec__.origin.endswith('json/__init__.py'),
      json.__spec__.submodule_search_locations[0].endswith('json'), type(json.__loader__).__name__)
import heapq
print(heapq.__spec__.name, heapq.__spec__.parent, heapq.__spec__.submodule_search_locations, heapq.__spec__.has_location)
import test.support
print(test.support.__spec__.name, test.support.__spec__.parent)
from test.support.import_helper import import_fresh_module
pure = import_fresh_module('datetime', blocked=['_datetime'])
fast = import_fresh_module('datetime', fresh=['_datetime'])
print(pure.date.__module__, type(pure.date).__name__, hasattr(pure.date, '__slots__'), hasattr(fast.date, '__slots__'))
for m in (pure, fast):
    d = m.datetime(2020, 2, 29, 12, 30, tzinfo=m.timezone.utc)
    print(repr(d), d + m.timedelta(days=366), d.isocalendar(), m.timedelta(hours=1.5) / 7)
r = importlib.reload(heapq)
print(r is heapq, __spec__, sys.modules["__main__"].__spec__)
spec = importlib.util.find_spec('json.decoder')
print(spec.name, spec.parent)
# a namespace package: a directory without __init__.py
base = os.path.join(os.path.dirname(os.path.abspath(__file__)), '_dt_ns_pkg')
sys.path.insert(0, base)
import nsp.mod
print(nsp.__file__, [os.path.basename(p) for p in nsp.__path__], nsp.mod.VALUE, nsp.__spec__.name, nsp.__spec__.loader is None or True)
try:
    import nsp.missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
