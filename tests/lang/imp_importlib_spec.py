# __spec__/__loader__ of modules, importlib.util helpers, sys.meta_path
import sys
import importlib
import importlib.util
import importlib.machinery

print([f.__name__ for f in sys.meta_path if isinstance(f, type)])
print(len(sys.path_hooks) >= 1)
import _thread
print(_thread.__spec__.name, _thread.__spec__.origin, _thread.__loader__.__name__)
print(importlib.util.resolve_name('.sub', 'pkg'), importlib.util.resolve_name('..x', 'a.b.c'))
try:
    importlib.util.resolve_name('..x', 'a')
except ImportError as e:
    print(type(e).__name__, e)
print(importlib.util.source_hash(b'abc') == importlib.util.source_hash(b'abc'))
print(len(importlib.util.MAGIC_NUMBER))
print(importlib.util.cache_from_source('/a/b.py').startswith('/a/__pycache__/b.'))
# a module made from source text at run time
spec = importlib.util.spec_from_loader('made_here', loader=None)
mod = importlib.util.module_from_spec(spec)
exec('VALUE = 6 * 7\ndef f():\n    return VALUE', mod.__dict__)
print(mod.__name__, mod.f(), mod.__spec__.name, mod.__loader__)
# a module loaded by importlib's own machinery from a file
spec = importlib.util.find_spec('colorsys')
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
print(m.__name__, m.rgb_to_hsv(1.0, 0.0, 0.0), m.__spec__.origin.endswith('colorsys.py'))
print(type(spec.loader).__name__, spec.has_location, spec.cached is None or spec.cached.endswith('.pyc'))
print(importlib.import_module('colorsys') is sys.modules['colorsys'])
importlib.invalidate_caches()
print(type(importlib.machinery.PathFinder.find_spec('json')).__name__)
print(importlib.machinery.PathFinder.find_spec('really_not_there'))
import types
print(isinstance(m, types.ModuleType), type(types.ModuleType('z')).__name__, types.ModuleType('z', 'doc').__doc__)
print(types.ModuleType('q').__spec__, types.ModuleType('q').__loader__, types.ModuleType('q').__package__)
try:
    types.ModuleType()
except TypeError as e:
    print(type(e).__name__, e)
try:
    types.ModuleType(5)
except TypeError as e:
    print(type(e).__name__, e)
