# importlib.reload after the source changes: importlib's SourceFileLoader
# reads and rewrites the same cache files as the import statement.
import importlib
import importlib.util
import os
import shutil
import sys
import tempfile

sys.dont_write_bytecode = False
root = tempfile.mkdtemp()
sys.path.insert(0, root)
src = os.path.join(root, "rl_mod.py")
t = 1_600_000_000


def write(text, when):
    with open(src, "w") as f:
        f.write(text)
    os.utime(src, (when, when))


def header():
    with open(importlib.util.cache_from_source(src), "rb") as f:
        data = f.read(16)
    return int.from_bytes(data[8:12], "little") - t, int.from_bytes(data[12:16], "little")


write("def f():\n    return 'v1'\nN = 1\n", t)
import rl_mod
print(rl_mod.f(), rl_mod.N, header())

write("def f():\n    return 'v2 longer'\nN = 2\n", t + 10)
rl_mod = importlib.reload(rl_mod)
print(rl_mod.f(), rl_mod.N, header())

write("def f():\n    return 'v3 longer'\nN = 3\n", t + 20)    # same size as v2
importlib.reload(rl_mod)
print(rl_mod.f(), rl_mod.N, header())

# a syntax error in the new source: reload raises, the module keeps its state
write("def f(:\n", t + 30)
try:
    importlib.reload(rl_mod)
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
print(rl_mod.f(), header())

# removing the cache: the next reload compiles and writes it again
os.remove(importlib.util.cache_from_source(src))
write("def f():\n    return 'v4'\nN = 4\n", t + 40)
importlib.reload(rl_mod)
print(rl_mod.f(), rl_mod.N, header())

# a package's __init__ and a submodule
os.makedirs(os.path.join(root, "rl_pkg"))
with open(os.path.join(root, "rl_pkg", "__init__.py"), "w") as f:
    f.write("X = 'pkg'\n")
with open(os.path.join(root, "rl_pkg", "m.py"), "w") as f:
    f.write("from . import X\nY = X + '.m'\n")
import rl_pkg.m
print(rl_pkg.m.Y)
importlib.reload(rl_pkg.m)
print(rl_pkg.m.Y, os.path.isfile(rl_pkg.m.__cached__), os.path.isfile(rl_pkg.__cached__))
shutil.rmtree(root)
