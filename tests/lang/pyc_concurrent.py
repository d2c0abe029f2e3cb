# Several processes importing one module at once all write its cache: each
# write is a temporary file renamed into place, so every process gets the
# module and the cache left behind is whole.
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile

root = tempfile.mkdtemp()
env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
src = os.path.join(root, "cc_big.py")
past = 1_600_000_000
with open(src, "w") as f:
    for i in range(400):
        f.write("def f%d(x):\n    return [x + %d for _ in range(2)]\n" % (i, i))
    f.write("TOTAL = sum(globals()['f%d' % i](1)[0] for i in range(400))\n")
os.utime(src, (past, past))

code = "import cc_big; print(cc_big.TOTAL)"
procs = [subprocess.Popen([sys.executable, "-c", code], cwd=root, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
         for _ in range(6)]
outs = [p.communicate()[0].strip() for p in procs]
print(outs)
cached = importlib.util.cache_from_source(src)
print(os.path.isfile(cached), sorted(os.listdir(os.path.dirname(cached))) == [os.path.basename(cached)])
with open(cached, "rb") as f:
    print(f.read(4) == importlib.util.MAGIC_NUMBER)
print(subprocess.run([sys.executable, "-B", "-c", code], cwd=root, env=env,
                     capture_output=True, text=True).stdout.strip())
shutil.rmtree(root)
