# ImportError and ModuleNotFoundError: msg, name, path
def show(e):
    print(type(e).__name__, repr(str(e)), e.msg, e.name, e.path, e.args)

show(ImportError())
show(ImportError('just a message'))
show(ImportError('m', name='mod', path='/p/mod.py'))
show(ImportError(1, 2))
show(ModuleNotFoundError('No module named x', name='x'))
try:
    ImportError('m', other=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    import no_such_mod_anywhere
except ModuleNotFoundError as e:
    show(e)
try:
    import json.no_such_sub
except ModuleNotFoundError as e:
    show(e)
try:
    from json import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
e = ImportError('x', name='n')
e.name = 'changed'
e.msg = 'new msg'
print(e.name, str(e), e.args)

class MyImportError(ImportError):
    pass

show(MyImportError('sub', name='s'))
print(issubclass(ModuleNotFoundError, ImportError))
try:
    raise ModuleNotFoundError('custom', name='c', path='/x')
except ImportError as e:
    show(e)
