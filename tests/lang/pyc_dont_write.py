# sys.dont_write_bytecode, -B and PYTHONDONTWRITEBYTECODE: no cache is
# written (a cache already there is still read).
import importlib
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile

root = tempfile.mkdtemp()
sys.path.insert(0, root)
env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
past = 1_600_000_000


def write(name, text):
    path = os.path.join(root, name + ".py")
    with open(path, "w") as f:
        f.write(text)
    os.utime(path, (past, past))
    return path


def child(args, code, extra_env={}):
    r = subprocess.run([sys.executable] + args + ["-c", code], cwd=root,
                       env=dict(env, **extra_env), capture_output=True, text=True)
    return r.stdout.strip() or r.stderr.strip().splitlines()[-1]


def cached(name):
    return os.path.exists(importlib.util.cache_from_source(os.path.join(root, name + ".py")))


sys.dont_write_bytecode = True
write("dw_a", "A = 1\n")
import dw_a
print("in process:", dw_a.A, cached("dw_a"), os.path.exists(os.path.join(root, "__pycache__")))
importlib.reload(dw_a)
print("after reload:", cached("dw_a"))

write("dw_b", "B = 2\n")
print("-B:", child(["-B"], "import sys, dw_b; print(dw_b.B, sys.dont_write_bytecode, sys.flags.dont_write_bytecode)"),
      cached("dw_b"))
print("env:", child([], "import sys, dw_b; print(dw_b.B, sys.dont_write_bytecode, sys.flags.dont_write_bytecode)",
                    {"PYTHONDONTWRITEBYTECODE": "1"}), cached("dw_b"))
print("empty env:", child([], "import sys; print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode)",
                          {"PYTHONDONTWRITEBYTECODE": ""}))
print("default:", child([], "import sys, dw_b; print(dw_b.B, sys.dont_write_bytecode, sys.flags.dont_write_bytecode)"),
      cached("dw_b"))
# the cache written by the default run is read under -B: a same-size,
# same-mtime edit goes unseen
write("dw_b", "B = 3\n")
print("-B reads:", child(["-B"], "import dw_b; print(dw_b.B)"))
# setting the flag at run time stops writing for later imports only
write("dw_c", "C = 4\n")
write("dw_d", "D = 5\n")
print("run time:", child([], "import sys, dw_c; sys.dont_write_bytecode = True; import dw_d; print(dw_c.C, dw_d.D)"),
      cached("dw_c"), cached("dw_d"))
shutil.rmtree(root)
