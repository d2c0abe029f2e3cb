# py_compile and compileall write caches the import statement then uses.
import compileall
import importlib.util
import os
import py_compile
import shutil
import subprocess
import sys
import tempfile

root = tempfile.mkdtemp()
env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
past = 1_600_000_000


def write(rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    os.utime(path, (past, past))
    return path


def child(code):
    r = subprocess.run([sys.executable, "-B", "-c", code], cwd=root, env=env,
                       capture_output=True, text=True)
    return r.stdout.strip() or r.stderr.strip().splitlines()[-1]


a = write("pyc_a.py", "def f(x):\n    return x * 2\nA = f(21)\n")
cfile = py_compile.compile(a)
print(cfile == importlib.util.cache_from_source(a), os.path.isfile(cfile))
with open(cfile, "rb") as f:
    data = f.read()
print(data[:4] == importlib.util.MAGIC_NUMBER, int.from_bytes(data[8:12], "little") == past)
# the child runs with -B, so it can only have read what py_compile wrote:
# a same-size same-mtime edit shows it did
write("pyc_a.py", "def f(x):\n    return x * 3\nA = f(21)\n")
print(child("import pyc_a; print(pyc_a.A)"))

# cfile= elsewhere, and doraise on a syntax error
other = os.path.join(root, "elsewhere", "a.pyc")
print(py_compile.compile(a, cfile=other) == other, os.path.isfile(other))
bad = write("pyc_bad.py", "def f(:\n")
try:
    py_compile.compile(bad, doraise=True)
except py_compile.PyCompileError as e:
    print("PyCompileError", e.exc_type_name)
print(os.path.exists(importlib.util.cache_from_source(bad)))

# compileall over a tree
write("tree/pyc_t1.py", "T1 = 't1'\n")
write("tree/sub/pyc_t2.py", "T2 = 't2'\n")
write("tree/sub/__init__.py", "")
print(compileall.compile_dir(os.path.join(root, "tree"), quiet=1))
names = []
for d, _, files in os.walk(os.path.join(root, "tree")):
    names += [f.replace(sys.implementation.cache_tag, "TAG") for f in files if f.endswith(".pyc")]
print(sorted(names))
# up to date: nothing compiled again (compile_file says so by returning True)
print(compileall.compile_file(os.path.join(root, "tree", "pyc_t1.py"), quiet=1))
write("tree/pyc_t1.py", "T1 = 'xx'\n")
print(child("import sys; sys.path.insert(0, 'tree'); import pyc_t1, sub.pyc_t2; print(pyc_t1.T1, sub.pyc_t2.T2)"))
shutil.rmtree(root)
