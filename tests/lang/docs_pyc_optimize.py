# A module imported under -O is cached apart from the plain one
# (NAME.<tag>.opt-1.pyc, as importlib's cache_from_source names it), so a
# later run without -O still executes its asserts.
import os
import subprocess
import sys
import tempfile

SRC = '''\
assert False, "asserts are on"
print("module body ran, __debug__ =", __debug__)
'''

def run(flags, d):
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPYCACHEPREFIX", None)
    p = subprocess.run([sys.executable, *flags, "-c", "import mod_opt"],
                       cwd=d, env=env, capture_output=True, text=True)
    last = p.stderr.strip().splitlines()[-1:] or [""]
    print(flags, p.returncode, p.stdout.strip(), last[0])

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "mod_opt.py")
    with open(path, "w") as f:
        f.write(SRC)
    old = os.stat(path).st_mtime - 10
    os.utime(path, (old, old))
    for flags in (["-O"], [], ["-O"], ["-OO"], [], ["-OO"]):
        run(flags, d)
    names = sorted(os.listdir(os.path.join(d, "__pycache__")))
    print(sorted(n.split(".")[-2] if ".opt-" in n else "plain" for n in names))
    import importlib.util
    for o in ("", 1, 2):
        c = importlib.util.cache_from_source(path, optimization=o)
        print(c.rsplit(".", 2)[-2] if ".opt-" in c else "plain", os.path.exists(c))
