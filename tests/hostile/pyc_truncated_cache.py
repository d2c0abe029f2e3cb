# Importing through a cache whose header is valid but whose body is cut
# short or padded with zeros: krait compiles the source instead;
# python3.11's importlib raises EOFError/ValueError.  Neither crashes (only
# the exit status and stderr are compared).  Random byte flips are tested
# in tests/unit/test_pyc.c: they crash python3.11, which runs whatever
# bytecode it unmarshals, while krait's code records carry a checksum.
import importlib
import importlib.util
import os
import shutil
import sys
import tempfile

sys.dont_write_bytecode = False
root = tempfile.mkdtemp()
sys.path.insert(0, root)
src = os.path.join(root, "tc_mod.py")
with open(src, "w") as f:
    f.write("def f(x, *a, k=1, **kw):\n    try:\n        return [x + k for _ in a]\n"
            "    except TypeError as e:\n        return str(e)\nclass C:\n    z = (1, 'two', 3.0)\n"
            "V = f(1, 2, 3)\n")
os.utime(src, (1_600_000_000, 1_600_000_000))
import tc_mod
cached = tc_mod.__cached__
with open(cached, "rb") as f:
    good = f.read()
cases = [good[:n] for n in range(16, len(good), 23)]
cases += [good[:n] + bytes(len(good) - n) for n in range(16, len(good), 37)]
outcomes = {}
for case in cases:
    with open(cached, "wb") as f:
        f.write(case)
    sys.modules.pop("tc_mod", None)
    try:
        import tc_mod
        kind = "ok" if tc_mod.V == [2, 2] else "other value"
    except Exception as e:
        kind = type(e).__name__
    outcomes[kind] = outcomes.get(kind, 0) + 1
print(sorted(outcomes))
shutil.rmtree(root)
print("done")
