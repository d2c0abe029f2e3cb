# _frozen_importlib and _frozen_importlib_external are importable before
# anything imported importlib (zipimport imports the latter; jinja2's
# loaders import zipimport), and they are importlib's bootstrap modules.
import sys
import zipimport
print(zipimport.zipimporter.__name__, hasattr(zipimport._bootstrap_external, "SourceFileLoader"))
import _frozen_importlib_external
import _frozen_importlib
import importlib._bootstrap_external
import importlib.machinery
print(_frozen_importlib_external.SourceFileLoader is importlib.machinery.SourceFileLoader)
print(_frozen_importlib.ModuleSpec is importlib.machinery.ModuleSpec)
print(sys.modules["_frozen_importlib"] is _frozen_importlib)
print(type(sys.__spec__.loader).__name__ if not isinstance(sys.__spec__.loader, type) else sys.__spec__.loader.__name__)

# a zip archive on sys.path imports through zipimport
import os, tempfile, zipfile
d = tempfile.mkdtemp()
archive = os.path.join(d, "mods.zip")
with zipfile.ZipFile(archive, "w") as z:
    z.writestr("zipped_mod.py", "VALUE = 'from the zip'\n")
    z.writestr("zpkg/__init__.py", "")
    z.writestr("zpkg/inner.py", "X = 42\n")
zi = zipimport.zipimporter(archive)
print(zi.is_package("zpkg"), zi.is_package("zipped_mod"), zi.get_source("zpkg/inner") if False else zi.get_source("zipped_mod"))
m = zi.load_module("zipped_mod") if hasattr(zi, "load_module") else None
print(m.VALUE if m else None)
try:
    zipimport.zipimporter(os.path.join(d, "missing.zip"))
except zipimport.ZipImportError as e:
    print("ZipImportError", type(e).__mro__[1].__name__)
sys.path.insert(0, archive)
import zpkg.inner
print(zpkg.inner.X, type(zpkg.__spec__.loader).__name__, sys.path_hooks[0].__name__)
