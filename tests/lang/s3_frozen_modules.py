# _imp's frozen-module table as importlib's FrozenImporter sees it, with
# frozen modules switched on the way test.support.frozen_modules() does.
import _imp
import contextlib
import io
import sys
import types


@contextlib.contextmanager
def frozen(enabled=True):
    _imp._override_frozen_modules_for_tests(1 if enabled else -1)
    try:
        yield
    finally:
        _imp._override_frozen_modules_for_tests(0)


def rel(x):
    """paths relative to the standard library's directory"""
    if isinstance(x, str):
        return x.replace(sys._stdlib_dir, '<stdlib>')
    if x is None:
        return x
    if isinstance(x, list):
        return [rel(p) for p in x]
    return sorted((k, rel(v)) for k, v in x.items())


with frozen(False):
    print(_imp.find_frozen('__hello__'), _imp.is_frozen('__hello__'))

with frozen():
    for name in ['__hello__', '__hello_alias__', '__phello__', '__phello__.__init__',
                 '__phello__.spam', '__phello__.ham', '__phello__.ham.eggs',
                 '__phello_alias__', '__phello_alias__.spam', '__hello_only__',
                 '_frozen_importlib', '_frozen_importlib_external', 'zipimport',
                 'os.path', 'importlib', 'nope', '']:
        print(repr(name), _imp.find_frozen(name), _imp.is_frozen(name))
    print(type(_imp.find_frozen('__hello__', withdata=True)[0]).__name__)
    for name in ['__hello__', '__phello__', '__phello__.ham', '__phello_alias__']:
        print(name, _imp.is_frozen_package(name))
    for bad in ['nope', 'a.b', 'importlib']:
        try:
            _imp.is_frozen_package(bad)
        except ImportError as e:
            print(type(e).__name__, e, e.name)
        try:
            _imp.get_frozen_object(bad)
        except ImportError as e:
            print(type(e).__name__, e, e.name)
    code = _imp.get_frozen_object('__hello__')
    print(type(code).__name__, code.co_filename)
    ns = {}
    exec(code, ns)
    print(ns['initialized'], sorted(k for k in ns if k.startswith('Test')))
    print(_imp.get_frozen_object('__phello__.ham.eggs').co_filename)
    print(_imp.get_frozen_object('_frozen_importlib').co_filename)

    import importlib.machinery as machinery
    FI = machinery.FrozenImporter
    spec = FI.find_spec('__phello__')
    print(spec.name, spec.origin, spec.loader is FI, spec.has_location)
    print(rel(spec.submodule_search_locations), rel(vars(spec.loader_state)))
    spec = FI.find_spec('__phello__.__init__')
    print(spec.name, rel(vars(spec.loader_state)))
    spec = FI.find_spec('__hello_only__')
    print(spec.name, rel(vars(spec.loader_state)))
    print(FI.find_spec('not_frozen'))
    print(FI.get_source('__hello__'), FI.is_package('__phello__'))
    try:
        FI.get_code('importlib')
    except ImportError as e:
        print(type(e).__name__, e, e.name)

    # loading one through the loader API
    spec = FI.find_spec('__hello__')
    module = types.ModuleType('__hello__')
    module.__spec__ = spec
    FI.exec_module(module)
    out = io.StringIO()
    saved, sys.stdout = sys.stdout, out
    try:
        module.main()
    finally:
        sys.stdout = saved
    print(repr(out.getvalue()), module.initialized, repr(module))

    # init_frozen imports it by itself
    sys.modules.pop('__hello_only__', None)
    saved, sys.stdout = sys.stdout, io.StringIO()
    try:
        m = _imp.init_frozen('__hello_only__')
        printed = sys.stdout.getvalue()
    finally:
        sys.stdout = saved
    print(repr(printed), m.initialized, m.__origname__, sys.modules['__hello_only__'] is m)
    print(_imp.init_frozen('nope'))

for args in [(), (1,), ('a', 'b')]:
    try:
        _imp.is_frozen(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    _imp.find_frozen(3)
except TypeError as e:
    print(type(e).__name__, e)
