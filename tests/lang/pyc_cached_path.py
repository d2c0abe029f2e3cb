# __cached__ of imported modules and packages, and the cache files written
# next to them (a fresh temporary directory: no cache from an earlier run).
import importlib.util
import os
import sys
import tempfile

sys.dont_write_bytecode = False
tag = sys.implementation.cache_tag
root = tempfile.mkdtemp()
sys.path.insert(0, root)
past = 1_600_000_000


def write(rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    os.utime(path, (past, past))
    return path


write("pc_plain.py", "VALUE = 'plain'\n")
write("pc_pkg/__init__.py", "from . import sub\nINIT = 'init'\n")
write("pc_pkg/sub.py", "SUB = 'sub'\n")

import pc_plain
import pc_pkg

for m in (pc_plain, pc_pkg, pc_pkg.sub):
    cached = m.__cached__
    print(m.__name__, cached == importlib.util.cache_from_source(m.__file__))
    print("  in __pycache__:", os.path.basename(os.path.dirname(cached)) == "__pycache__")
    print("  named:", os.path.basename(cached).replace(tag, "TAG"))
    print("  beside source:", os.path.dirname(os.path.dirname(cached)) == os.path.dirname(m.__file__))
    print("  exists:", os.path.isfile(cached))
    with open(cached, "rb") as f:
        head = f.read(16)
    print("  magic ok:", head[:4] == importlib.util.MAGIC_NUMBER)
    print("  flags:", int.from_bytes(head[4:8], "little"))
    print("  mtime ok:", int.from_bytes(head[8:12], "little") == past)
    print("  size ok:", int.from_bytes(head[12:16], "little") == os.path.getsize(m.__file__))

print(pc_plain.VALUE, pc_pkg.INIT, pc_pkg.sub.SUB)
print(sorted(os.listdir(os.path.join(root, "__pycache__"))) == ["pc_plain." + tag + ".pyc"])
print(sorted(f.replace(tag, "TAG") for f in os.listdir(os.path.join(root, "pc_pkg", "__pycache__"))))
# cache_from_source itself
print(importlib.util.cache_from_source("/x/y/mod.py") == "/x/y/__pycache__/mod." + tag + ".pyc")
print(importlib.util.cache_from_source("mod.py") == "__pycache__/mod." + tag + ".pyc")
print(importlib.util.source_from_cache("/x/__pycache__/m." + tag + ".pyc"))
try:
    importlib.util.source_from_cache("/x/m.pyc")
except ValueError as e:
    print("ValueError", str(e).replace(tag, "TAG"))
import shutil
shutil.rmtree(root)
