# ModuleNotFoundError names the module by its repr; a NUL in the name finds nothing.
import importlib
for n in ('string\x00', 'zq_nosuch\x00mod', "zq_it's", 'zq_nosuch.b', 'os.zq_nope', 'json.x\x00',
          'zq"quote', 'zq_\u00e9t\u00e9'):
    try:
        __import__(n)
    except Exception as e:
        print(type(e).__name__, e, repr(e.name))
try:
    from os import zq_nope
except Exception as e:
    print(type(e).__name__, str(e).split(' (')[0])
for n in ('xml.zq_nope', 'zq_nosuch', 'string\x00'):
    try:
        importlib.import_module(n)
    except Exception as e:
        print(type(e).__name__, e)
try:
    import zq_nosuch.sub
except ImportError as e:
    print(type(e).__name__, e, e.name)
