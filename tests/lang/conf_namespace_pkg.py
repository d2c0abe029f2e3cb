# PEP 420 namespace packages: directories without __init__.py import as
# packages whose __path__ collects every portion; a regular package or a
# module anywhere on the path wins over them.
import os, sys, tempfile, shutil

root = tempfile.mkdtemp()
a, b = os.path.join(root, "a"), os.path.join(root, "b")

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)

write(os.path.join(a, "nsp", "one.py"), "X = 'one'\n")
write(os.path.join(b, "nsp", "two.py"), "X = 'two'\n")
write(os.path.join(a, "nsp", "deep", "leaf.py"), "X = 'leaf'\n")
write(os.path.join(a, "reg", "__init__.py"), "KIND = 'regular'\n")
write(os.path.join(a, "reg", "sub", "m.py"), "X = 'sub'\n")
write(os.path.join(a, "shadow", "x.py"), "X = 1\n")        # a directory ...
write(os.path.join(b, "shadow.py"), "KIND = 'module'\n")    # ... loses to a module later on the path
os.makedirs(os.path.join(a, "empty"))
sys.path[:0] = [a, b]

try:
    import nsp.one, nsp.two
    print(nsp.one.X, nsp.two.X)
    print([os.path.relpath(p, root) for p in nsp.__path__])
    print(nsp.__file__, nsp.__package__, nsp.__name__)
    from nsp.deep import leaf
    print(leaf.X, leaf.__name__, leaf.__package__)
    import reg.sub.m
    print(reg.KIND, reg.sub.m.X, reg.sub.__file__)
    import shadow
    print(shadow.KIND)
    import empty
    print(empty.__name__, hasattr(empty, "__path__"))
    try:
        import nsp.missing
    except ImportError as e:
        print(type(e).__name__, e, e.name)
    try:
        from nsp import nothing
    except ImportError as e:
        print(type(e).__name__, e)
    import importlib
    m = importlib.import_module("nsp.deep")
    print(m.__name__, m.__file__)
finally:
    shutil.rmtree(root)
