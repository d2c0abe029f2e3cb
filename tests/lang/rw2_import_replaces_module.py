# A module body that replaces itself in sys.modules (apipkg's lazy modules,
# pytest's py package): import statements give the replacement, as
# importlib's _load_unlocked does.
import os, sys, tempfile

root = tempfile.mkdtemp()
pkg = os.path.join(root, 'swapme')
os.mkdir(pkg)
with open(os.path.join(pkg, '__init__.py'), 'w') as f:
    f.write('''
import sys, types
class Api(types.ModuleType):
    def __getattr__(self, name):
        if name == 'lazy':
            return 'lazy-value'
        raise AttributeError(name)
m = Api(__name__)
m.__dict__['eager'] = 1
m.__dict__['__path__'] = __path__
sys.modules[__name__] = m
''')
with open(os.path.join(pkg, 'sub.py'), 'w') as f:
    f.write('VALUE = 42\n')
with open(os.path.join(root, 'plainswap.py'), 'w') as f:
    f.write('import sys\nsys.modules[__name__] = {"not": "a module"}\n')
sys.path.insert(0, root)

import swapme
print(type(swapme).__name__, swapme.eager, swapme.lazy)
from swapme import lazy, eager
print(lazy, eager)
import swapme.sub
print(swapme.sub.VALUE, type(sys.modules['swapme']).__name__)
import plainswap
print(plainswap)
try:
    from swapme import missing
except ImportError as e:
    print('ImportError', e)
