# `from m import name` failures: the ImportError's words (unknown
# location, partially initialized module during a circular import), its
# name and path attributes; `import *` refusing non-str names.
import os
import sys
import tempfile
import types

tmp = tempfile.mkdtemp()
sys.path.insert(0, tmp)

def write(name, text):
    with open(os.path.join(tmp, name + ".py"), "w") as f:
        f.write(text)

def show(e):
    msg = str(e).replace(tmp, "TMP")
    path = e.path.replace(tmp, "TMP") if isinstance(e.path, str) else e.path
    print(type(e).__name__, msg, "|", e.name, path)

write("plainmod", "x = 1\n")
try:
    from plainmod import y
except ImportError as e:
    show(e)

write("cyc_a", "from cyc_b import b\na = 1\n")
write("cyc_b", "from cyc_a import a\nb = 2\n")
try:
    import cyc_a
except ImportError as e:
    show(e)

class Odd:
    def __getattr__(self, name):
        raise AttributeError(name)
sys.modules["oddmod"] = Odd()
try:
    from oddmod import thing
except ImportError as e:
    show(e)

m = types.ModuleType("nofile")
sys.modules["nofile"] = m
try:
    from nofile import thing
except ImportError as e:
    show(e)

try:
    from os import does_not_exist
except ImportError as e:
    print(e.name, os.path.basename(e.path))

bad_all = types.ModuleType("bad_all")
bad_all.__all__ = [b"x"]
sys.modules["bad_all"] = bad_all
bad_dict = types.ModuleType("bad_dict")
bad_dict.__dict__[b"y"] = 1
sys.modules["bad_dict"] = bad_dict
for name in ["bad_all", "bad_dict"]:
    g = {}
    try:
        exec("from %s import *" % name, g)
    except TypeError as e:
        print("TypeError", e, sorted(k for k in g if not isinstance(k, str) or k[0] != "_"))

# attribute access on a module whose body is still running
write("half_a", "import half_b\nspam = 1\n")
write("half_b", "import half_a\nhalf_a.spam\n")
try:
    import half_a
except AttributeError as e:
    print("AttributeError", e)
import plainmod
try:
    plainmod.nothing
except AttributeError as e:
    print("AttributeError", e)
