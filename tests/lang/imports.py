# import and from-import of modules and packages next to the script.
import _imp_helper
import _imp_helper as h2
from _imp_helper import twice, VALUE
print(_imp_helper.VALUE, h2 is _imp_helper, twice(VALUE))
import _imp_pkg.sub
print(_imp_pkg.sub.NAME)
from _imp_pkg.sub import NAME as N
print(N)
import sys
print("_imp_helper" in sys.modules, __file__.endswith("main.py"), isinstance(sys.path[0], str))
try:
    import no_such_module
except ModuleNotFoundError as e:
    print(e)
try:
    from _imp_helper import missing
except ImportError as e:
    print(str(e).split(" (")[0])
