# the _imp module's answers that do not depend on how the interpreter was built
import _imp
import sys

def attempt(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

print(_imp.is_builtin('sys'), _imp.is_builtin('builtins'), _imp.is_builtin('nope'))
print(_imp.is_builtin('_imp'), _imp.is_builtin('_thread'), _imp.is_builtin('_weakref'))
print(_imp.is_frozen('nope'), _imp.find_frozen('nope'))
print(_imp.check_hash_based_pycs)
print(_imp.lock_held())
_imp.acquire_lock()
print(_imp.lock_held())
_imp.release_lock()
print(_imp.lock_held())
attempt(_imp.release_lock)
attempt(_imp.is_builtin, 3)
attempt(_imp.is_builtin)
attempt(_imp.is_frozen_package, 'nope')
attempt(_imp.get_frozen_object, 'nope')
print(_imp.source_hash(3, b'abc'), _imp.source_hash(key=0, source=b''))
print(_imp.source_hash(2**20, b'x' * 100))
print(_imp._fix_co_filename(compile('1', 'f', 'eval'), 'g'))

class Spec:
    name = '_thread'
m = _imp.create_builtin(Spec())
print(type(m).__name__, m.__name__)
print(_imp.exec_builtin(m))
for name in ('_imp', 'marshal', '_thread', '_warnings', '_weakref', 'sys'):
    print(name, name in sys.builtin_module_names)
