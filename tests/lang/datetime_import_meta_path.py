# The import fix: finders a program puts on sys.meta_path are asked before
# (or, appended after PathFinder, after) the native search, as in CPython.
import sys, importlib.abc, importlib.util
class Loader(importlib.abc.Loader):
    def create_module(self, spec): return None
    def exec_module(self, module): module.VALUE = 'virtual ' + module.__name__
class Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == 'virt' or name.startswith('virt.'):
            return importlib.util.spec_from_loader(name, Loader(), is_package=True)
        return None
sys.meta_path.insert(0, Finder())
import virt, virt.sub
print(virt.VALUE, virt.sub.VALUE, virt.sub is sys.modules['virt.sub'], virt.__spec__.name)
import json; print(json.dumps([1]))
class After(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == 'late':
            return importlib.util.spec_from_loader(name, Loader())
sys.meta_path.append(After())
import late; print(late.VALUE)
try:
    import nothere
except ModuleNotFoundError as e: print(e)
class Bad(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        raise ValueError('finder failed for ' + name)
sys.meta_path.insert(0, Bad())
try:
    import whatever
except ValueError as e: print(e)
sys.meta_path.pop(0)
import textwrap; print(textwrap.shorten('a b c', 10))
