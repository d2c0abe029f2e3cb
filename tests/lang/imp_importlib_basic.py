# importlib on top of the native import: import_module, find_spec, reload
import importlib
import importlib.util
import importlib.machinery
import sys

json = importlib.import_module('json')
print(json.dumps({'a': [1, 2]}))
print(importlib.import_module('json') is json)
dec = importlib.import_module('.decoder', 'json')
print(dec.__name__, dec is sys.modules['json.decoder'])
print(importlib.import_module('os.path').join('a', 'b'))

spec = importlib.util.find_spec('textwrap')
print(spec.name, spec.origin.endswith('textwrap.py'), spec.parent)
print(type(spec.loader).__name__, spec.submodule_search_locations)
print(importlib.util.find_spec('no_such_module_here'))
pkg = importlib.util.find_spec('email')
print(pkg.name, pkg.submodule_search_locations is not None, pkg.parent)
print(importlib.util.find_spec('_thread').origin)

try:
    importlib.import_module('no_such_module_here')
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    importlib.import_module('.x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module('json.nope_sub')
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

import textwrap
old = textwrap
textwrap.marker = 1
new = importlib.reload(textwrap)
print(new is old, new.marker, new.dedent('  x\n  y'))
print(sys.modules['_imp'].__spec__.name, sys.modules['_imp'].__spec__.origin)
print(importlib.machinery.SOURCE_SUFFIXES)
print(importlib.machinery.BuiltinImporter.find_spec('_thread').name)
print(importlib.machinery.BuiltinImporter.find_spec('json'))
try:
    importlib.reload(42)
except TypeError as e:
    print(type(e).__name__, e)
