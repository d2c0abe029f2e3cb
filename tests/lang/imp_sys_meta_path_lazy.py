# sys.meta_path / path_hooks / path_importer_cache exist before importlib is
# imported, with importlib's finders in CPython's order, and a finder a
# program appends or inserts is consulted where CPython consults it.
import sys

print([getattr(f, '__name__', type(f).__name__) for f in sys.meta_path
       if not type(f).__module__.startswith('_distutils_hack')])
print(len(sys.path_hooks) >= 2, type(sys.path_importer_cache).__name__)
from sys import path_hooks
print(path_hooks is sys.path_hooks)

calls = []

class Recorder:
    def __init__(self, tag):
        self.tag = tag
    def find_spec(self, name, path=None, target=None):
        if name.startswith('no_such_mod_'):
            calls.append((self.tag, name))
        return None

sys.meta_path.append(Recorder('last'))
sys.meta_path.insert(0, Recorder('first'))
try:
    import no_such_mod_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(calls)

import importlib.abc, importlib.util

class Virtual(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, name, path=None, target=None):
        if name == 'virtual_mod':
            return importlib.util.spec_from_loader(name, self)
        return None
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.answer = 42

sys.meta_path.append(Virtual())
import virtual_mod
print(virtual_mod.answer, virtual_mod.__spec__.name)
try:
    sys.no_such_attribute
except AttributeError as e:
    print(type(e).__name__, e)
