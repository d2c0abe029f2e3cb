# A module may replace itself in sys.modules with a types.ModuleType
# subclass whose __getattr__ loads names lazily (pygments.lexers does):
# importers, the parent package and later submodule imports see the
# replacement, and the subclass's __dict__ is the module's own dict.
import os
import sys
import tempfile
import types

SUB = '''
import sys, types
LOADED = []

class _Lazy(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith("Lazy"):
            LOADED.append(name)
            value = name.lower()
            setattr(self, name, value)
            return value
        raise AttributeError(name)

from lpkg.lazy._helper import HELP
oldmod = sys.modules[__name__]
newmod = _Lazy(__name__)
newmod.__dict__.update(oldmod.__dict__)
sys.modules[__name__] = newmod
del newmod.newmod, newmod.oldmod, newmod.sys, newmod.types
'''

root = tempfile.mkdtemp()
os.makedirs(os.path.join(root, "lpkg", "lazy"))
open(os.path.join(root, "lpkg", "__init__.py"), "w").close()
with open(os.path.join(root, "lpkg", "lazy", "__init__.py"), "w") as f:
    f.write(SUB)
with open(os.path.join(root, "lpkg", "lazy", "_helper.py"), "w") as f:
    f.write("HELP = 'helper'\n")
with open(os.path.join(root, "lpkg", "lazy", "extra.py"), "w") as f:
    f.write("EXTRA = 'extra submodule'\n")
sys.path.insert(0, root)

import lpkg.lazy as lz
print(type(lz).__name__, type(sys.modules["lpkg.lazy"]).__name__, type(sys.modules["lpkg"].lazy).__name__)
print(lz.HELP, lz.LazyThing, lz.LOADED, "newmod" in lz.__dict__, hasattr(lz, "oldmod"))
from lpkg.lazy import LazyOther, HELP
print(LazyOther, HELP, lz.LOADED)
from lpkg.lazy.extra import EXTRA
print(EXTRA, lz.extra.EXTRA)
import lpkg.lazy.extra
print(lpkg.lazy.extra is sys.modules["lpkg.lazy.extra"])
try:
    from lpkg.lazy import missing_name
except ImportError as e:
    print("ImportError", e.name)
try:
    lz.nope
except AttributeError as e:
    print("AttributeError", e)

# the subclass's __dict__ is the module dict: update, delete, vars()
class M(types.ModuleType):
    def __getattr__(self, name):
        raise AttributeError(f"no {name}")
m = M("m", "doc")
m.__dict__.update({"a": 1, "b": 2})
print(m.a, vars(m) is m.__dict__, sorted(k for k in m.__dict__ if not k.startswith("__")))
del m.a
print(hasattr(m, "a"), "a" in m.__dict__)
try:
    del m.zzz
except AttributeError as e:
    print("AttributeError", e)
object.__setattr__(m, "c", 3)
print(m.__dict__["c"], m.__doc__, m.__name__)
for target in (m, sys):
    try:
        target.__dict__ = {}
    except AttributeError as e:
        print("AttributeError", e)
print(type(sys).__dict__["__dict__"])
