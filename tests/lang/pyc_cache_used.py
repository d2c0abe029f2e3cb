# A second process takes the module from the cache: shown by replacing the
# source with one of the same size and mtime (the cache cannot tell), then
# by damaging the cache's header in several ways (the source is compiled
# again and the cache rewritten).
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile

root = tempfile.mkdtemp()
src = os.path.join(root, "cu_mod.py")
past = 1_600_000_000
env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}


def write(text, when=past):
    with open(src, "w") as f:
        f.write(text)
    os.utime(src, (when, when))


def run():
    r = subprocess.run([sys.executable, "-c", "import cu_mod; print(cu_mod.V)"], cwd=root,
                       env=env, capture_output=True, text=True)
    return r.stdout.strip() or r.stderr.strip().splitlines()[-1]


cached = importlib.util.cache_from_source(src)
write("V = 'one'\n")
print(run(), os.path.isfile(cached))
write("V = 'two'\n")              # same size, same mtime: the cache is trusted
print(run())
write("V = 'three'\n")            # another size
print(run())
write("V = 'four'\n", past + 5)   # another mtime
print(run())
good = open(cached, "rb").read()


def damaged(data, label):
    with open(cached, "wb") as f:
        f.write(data)
    got = run()
    with open(cached, "rb") as f:
        print(label, got, f.read() == good)


def field(offset, value):
    return good[:offset] + value.to_bytes(4, "little") + good[offset + 4:]


damaged(b"", "empty:")
damaged(good[:10], "short header:")
damaged(b"XXXX" + good[4:], "bad magic:")
damaged(field(4, 7), "bad flags:")
damaged(field(8, past), "other mtime:")
damaged(field(12, 3), "other size:")
damaged(b"\0" * 100, "zeros:")
print(good[:16] == field(8, past + 5)[:16])
shutil.rmtree(root)
