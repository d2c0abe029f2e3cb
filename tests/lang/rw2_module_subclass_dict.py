# A ModuleType subclass keeps its attributes in the module's own dict: its
# __dict__ is what __init__ filled, __getattr__ only sees the missing ones
# (pytest's py.error: ErrorMaker(ModuleType) with a lazy __getattr__).
import sys, types, importlib.util

class ErrorMaker(types.ModuleType):
    def __getattr__(self, name):
        if name[0] == '_':
            raise AttributeError(name)
        cls = type(name, (OSError,), {})
        setattr(self, name, cls)
        return cls

error = ErrorMaker('py.error')
print(sorted(error.__dict__), error.__name__, error.__doc__)
sys.modules[error.__name__] = error
print(error.ENOENT.__name__, 'ENOENT' in error.__dict__, error.ENOENT is error.ENOENT)
try:
    error._private
except AttributeError as e:
    print('AttributeError', e)
print(sys.modules['py.error'] is error)
del sys.modules['py.error']

class Plain(types.ModuleType):
    """a module subclass without hooks"""
    counter = 0
    def bump(self):
        self.counter += 1
        return self.counter
p = Plain('plain', 'the doc')
p.x = 1
print(p.x, p.__dict__['x'], p.bump(), p.bump(), p.__dict__['counter'], Plain.counter)
print(sorted(vars(p)), repr(p), isinstance(p, types.ModuleType))
del p.x
try:
    p.x
except AttributeError as e:
    print('AttributeError', e)
exec('y = 5\ndef f(): return y * 2', p.__dict__)
print(p.y, p.f())

class Late(types.ModuleType):
    def __getattr__(self, name):
        return 'late-' + name
m = Late('late')
print(m.__name__, m.anything, m.__dict__.get('anything'))
m.__dict__['z'] = 'in dict'
print(m.z)
spec = importlib.util.spec_from_loader('fromspec', loader=None)
mod = importlib.util.module_from_spec(spec)
mod.__class__ = Plain
print(type(mod).__name__, mod.__name__, mod.bump())
