# sys.pycache_prefix (PYTHONPYCACHEPREFIX): caches go to a mirror of the
# source tree under the prefix, not into __pycache__ directories.
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile

root = tempfile.mkdtemp()
prefix = tempfile.mkdtemp()
env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
tag = sys.implementation.cache_tag
past = 1_600_000_000
os.makedirs(os.path.join(root, "pp_pkg"))
for rel, text in [("pp_mod.py", "M = 'mod'\n"), ("pp_pkg/__init__.py", "P = 'pkg'\n"),
                  ("pp_pkg/sub.py", "S = 'sub'\n")]:
    path = os.path.join(root, rel)
    with open(path, "w") as f:
        f.write(text)
    os.utime(path, (past, past))

code = ("import sys, pp_mod, pp_pkg.sub\n"
        "print(sys.pycache_prefix == {!r})\n"
        "for m in (pp_mod, pp_pkg, pp_pkg.sub):\n"
        "    print(m.__name__, m.__cached__.startswith({!r}), m.__cached__.replace({!r}, 'TAG')[{}:])\n"
        ).format(prefix, prefix, tag, len(prefix))
r = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True,
                   env=dict(env, PYTHONPYCACHEPREFIX=prefix))
print(r.stdout.replace(root, "ROOT"), r.stderr[-300:])
found = []
for d, _, files in os.walk(prefix):
    found += [os.path.join(d, f)[len(prefix):].replace(root, "ROOT").replace(tag, "TAG") for f in files]
print(sorted(f for f in found if f.startswith("ROOT")))   # python3.11 caches its site too
print(os.path.exists(os.path.join(root, "__pycache__")), os.path.exists(os.path.join(root, "pp_pkg", "__pycache__")))
# cache_from_source and source_from_cache with a prefix
sys.pycache_prefix = "/pfx"
print(importlib.util.cache_from_source("/a/b/c.py").replace(tag, "TAG"))
print(importlib.util.source_from_cache("/pfx/a/b/c." + tag + ".pyc"))
sys.pycache_prefix = None
print(importlib.util.cache_from_source("/a/b/c.py").replace(tag, "TAG"))
shutil.rmtree(root)
shutil.rmtree(prefix)
