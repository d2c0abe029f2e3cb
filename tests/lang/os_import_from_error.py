# from pkg import sub: a submodule that fails keeps its own error
try:
    from _os_pkg import broken
except ImportError as e:
    print(type(e).__name__, e)
try:
    from _os_pkg import no_such_submodule
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
try:
    import _os_pkg.no_such_submodule
except ImportError as e:
    print(type(e).__name__, e)
try:
    from _os_pkg.mod import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
import sys
print('_os_pkg.broken' in sys.modules)
