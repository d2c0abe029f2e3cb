# Modules and packages imported from a zip archive on sys.path (zipimport's
# path hook), with the plain import statement, before importlib is imported.
import os
import sys
import tempfile
import zipfile

tmp = tempfile.mkdtemp()
archive = os.path.join(tmp, "bundle.zip")
with zipfile.ZipFile(archive, "w") as z:
    z.writestr("zmod.py", "VALUE = 41 + 1\ndef hello():\n    return 'hi from ' + __name__\n")
    z.writestr("zpkg/__init__.py", "from . import inner\nNAME = 'zpkg'\n")
    z.writestr("zpkg/inner.py", "X = [1, 2, 3]\n")
    z.writestr("zpkg/sub/__init__.py", "")
    z.writestr("zpkg/sub/leaf.py", "import zmod\nY = zmod.VALUE * 2\n")
    z.writestr("broken.py", "def f(:\n")
    z.writestr("data.txt", "not a module")

sys.path.insert(0, archive)
import zmod
print(zmod.VALUE, zmod.hello())
print(os.path.relpath(zmod.__file__, tmp))
print(type(zmod.__loader__).__name__, type(zmod.__spec__.loader).__name__)
import zpkg
print(zpkg.NAME, zpkg.inner.X)
print([os.path.relpath(p, tmp) for p in zpkg.__path__])
from zpkg.sub import leaf
print(leaf.Y, leaf.__name__, leaf.__package__)
print(sys.modules["zpkg.sub.leaf"] is leaf)

try:
    import broken
except SyntaxError as e:
    print("SyntaxError", e.msg)

for name in ("nothere", "zpkg.missing", "data"):
    try:
        __import__(name)
    except ImportError as e:
        print(type(e).__name__, e, e.name)

import zipimport
print(zipimport.zipimporter in sys.path_hooks, sys.path_hooks[0] is zipimport.zipimporter)
finder = sys.path_importer_cache.get(archive)
print(type(finder).__name__)

# a second archive later on the path: the first match wins
second = os.path.join(tmp, "second.zip")
with zipfile.ZipFile(second, "w") as z:
    z.writestr("zmod2.py", "WHO = 'second'\n")
    z.writestr("zmod.py", "VALUE = 'shadowed'\n")
sys.path.append(second)
import zmod2
print(zmod2.WHO)
del sys.modules["zmod"]
import zmod as again
print(again.VALUE)

# the frozen importlib's names are importlib's bootstrap modules
import _frozen_importlib, _frozen_importlib_external
import importlib._bootstrap, importlib._bootstrap_external
print(_frozen_importlib is importlib._bootstrap)
print(_frozen_importlib_external is importlib._bootstrap_external)
print(_frozen_importlib.ModuleSpec.__name__, _frozen_importlib_external.PathFinder.__name__)
