import _os_pkg
print(_os_pkg.public, _os_pkg._private, _os_pkg.m.also, _os_pkg.__package__, _os_pkg.mod.__package__)
import _os_pkg.sub
print(_os_pkg.sub.mod is _os_pkg.mod, _os_pkg.sub.also, _os_pkg.sub.value, _os_pkg.sub.__package__)
print(_os_pkg.sub.leaf.sibling.extra, _os_pkg.sub.leaf.__package__)
try:
    import _os_pkg.toofar
except ImportError as e:
    print(type(e).__name__, e)
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .anything import x
except ImportError as e:
    print(type(e).__name__, e)
from _os_pkg.sub import leaf
print(leaf.value)
