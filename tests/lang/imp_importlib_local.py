# importlib with the script's own package and with modules written at run time
import importlib
import importlib.util
import os
import sys
import shutil
import tempfile

mod = importlib.import_module('_implib_pkg.mod')
print(mod.hello(), sys.modules['_implib_pkg'].LOADED)
print(importlib.import_module('.mod', '_implib_pkg') is mod)
spec = importlib.util.find_spec('_implib_pkg.mod')
print(spec.name, spec.parent, os.path.basename(spec.origin))
pkg_spec = importlib.util.find_spec('_implib_pkg')
print(pkg_spec.submodule_search_locations is not None, os.path.basename(pkg_spec.origin))
print(importlib.util.find_spec('_implib_pkg.missing'))
try:
    importlib.util.find_spec('_implib_pkg.mod.deeper')
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

d = tempfile.mkdtemp()
try:
    path = os.path.join(d, 'imp_tmp_mod.py')
    with open(path, 'w') as f:
        f.write('X = 1\n')
    sys.path.insert(0, d)
    importlib.invalidate_caches()
    import imp_tmp_mod
    print(imp_tmp_mod.X)
    with open(path, 'w') as f:
        f.write('X = 2\nY = "new"\n')
    again = importlib.reload(imp_tmp_mod)
    print(again is imp_tmp_mod, again.X, again.Y)
    with open(os.path.join(d, 'imp_tmp_bad.py'), 'w') as f:
        f.write('def broken(:\n')
    try:
        importlib.import_module('imp_tmp_bad')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
    print('imp_tmp_bad' in sys.modules)
    with open(os.path.join(d, 'imp_tmp_raise.py'), 'w') as f:
        f.write('raise ValueError("at import")\n')
    try:
        importlib.import_module('imp_tmp_raise')
    except ValueError as e:
        print(type(e).__name__, e, 'imp_tmp_raise' in sys.modules)
    sys.path.remove(d)
finally:
    shutil.rmtree(d)
