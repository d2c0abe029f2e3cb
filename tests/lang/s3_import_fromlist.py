# builtins.__import__ as importlib's: fromlist handling ('*' and __all__,
# type errors, missing submodules), relative imports with a fromlist,
# __package__ / __spec__ resolution and its ImportWarnings, and legacy
# finders that only have find_module.
import os
import sys
import tempfile
import warnings
import importlib.machinery

tmp = tempfile.mkdtemp()
def write(rel, text):
    path = os.path.join(tmp, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)

write('pk/__init__.py', "__all__ = ['one', 'two']\n")
write('pk/one.py', "X = 1\n")
write('pk/two.py', "X = 2\n")
write('pk/three.py', "X = 3\n")
write('pk/broken.py', "import no_such_module_anywhere\n")
write('bad/__init__.py', "__all__ = ['ok', 5]\n")
write('bad/ok.py', "")
sys.path.insert(0, tmp)

m = __import__('pk', fromlist=['*'])
print(m.__name__, hasattr(m, 'one'), hasattr(m, 'two'), hasattr(m, 'three'))
m = __import__('pk', fromlist=('three', 'nothere'))
print(m.three.X, hasattr(m, 'nothere'))
try:
    __import__('pk', fromlist=['broken'])
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
for fl in ([5], [b'one']):
    try:
        __import__('pk', fromlist=fl)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    __import__('bad', fromlist=['*'])
except TypeError as e:
    print(type(e).__name__, e)
print(__import__('os.path', fromlist=['join']).__name__, __import__('os.path').__name__)

# relative imports through __import__
g = {'__package__': 'pk', '__name__': 'pk.mod'}
m = __import__('', g, None, ['one', 'two'], 1)
print(m.__name__, m.one.X, m.two.X)
print(__import__('one', g, None, ['X'], 1).__name__)
print(__import__('one', g, None, None, 1).__name__)
try:
    __import__('x', {'__package__': ''}, None, [], 1)
except ImportError as e:
    print(type(e).__name__, e)

# __spec__.parent stands in for __package__; disagreements warn
spec = importlib.machinery.ModuleSpec('pk.sub', None)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(__import__('one', {'__spec__': spec, '__name__': 'zz'}, None, [], 1).__name__)
    print(__import__('one', {'__spec__': spec, '__package__': 'pk', '__name__': 'q'},
                     None, [], 1).__name__)
    other = importlib.machinery.ModuleSpec('os.sub', None)
    print(__import__('one', {'__spec__': other, '__package__': 'pk'}, None, [], 1).__name__)
    print(__import__('one', {'__name__': 'pk.m'}, None, [], 1).__name__)
print([(c.category.__name__, str(c.message)) for c in w])

# a finder with only find_module (the PEP 302 protocol)
class Loader:
    def load_module(self, name):
        mod = type(sys)(name)
        mod.__loader__ = self
        mod.made_by = 'legacy'
        sys.modules[name] = mod
        return mod

class LegacyFinder:
    def find_module(self, name, path=None):
        return Loader() if name == 'legacy_mod' else None

sys.meta_path.insert(0, LegacyFinder())
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    import legacy_mod
print(legacy_mod.made_by, sorted({c.category.__name__ for c in w}))
