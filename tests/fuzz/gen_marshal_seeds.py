"""gen_marshal_seeds.py -- the seed corpus of fuzz_marshal.

Run with a krait built with the fuzz targets' fixed build stamp, so that
the code records in the seeds load in the fuzz build:

    mkdir -p build/seedkrait
    cc -std=c11 -D_GNU_SOURCE -iquote src -iquote build/gen -O1 -DKR_PYC_FIXED_STAMP \\
        -c src/vm/pyc.c -o build/seedkrait/pyc.o
    cc -o build/seedkrait/krait $(ls build/obj/*/*.o build/obj/main.o | grep -v vm/pyc.o) \\
        build/seedkrait/pyc.o -lgmp -lgc -lm
    build/seedkrait/krait tests/fuzz/gen_marshal_seeds.py OUTDIR
    tar -czf tests/fuzz/corpus_marshal.tar.gz -C OUTDIR .

Each seed is one selector byte (0: marshal data, 1: a .pyc file; see
fuzz_marshal.c) and the bytes.
"""
import marshal
import os
import py_compile
import sys
import tempfile

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
n = 0


def seed(kind, data):
    global n
    with open(os.path.join(out, "seed_%03d" % n), "wb") as f:
        f.write(bytes([kind]) + data)
    n += 1


DATA = [None, True, False, ..., StopIteration, 0, -1, 2**31, -2**70, 2**200, 1.5, -0.0,
        float("inf"), 3 - 4j, "", "ascii", "é" * 3, "\U0001F600", "x" * 300, b"", b"\0\xff",
        (), (1, (2, (3,))), [1, [2, [3]]], {"k": [1, 2], 3: (4,)}, {1, 2, 3}, frozenset({"a"}),
        bytearray(b"ba")]
for obj in DATA:
    for version in range(5):
        seed(0, marshal.dumps(obj, version))
shared = ["s"]
seed(0, marshal.dumps([shared, shared, (shared,)]))
loop = []
loop.append(loop)
seed(0, marshal.dumps(loop))

SOURCES = [
    "x = 1\n",
    "def f(a, b=2, *c, d, **e):\n    return a + b\n",
    "class C:\n    z: int = 3\n    def m(self):\n        return [i for i in range(3)]\n",
    "def g():\n    try:\n        yield 1\n    except Exception as e:\n        raise ValueError from e\n    finally:\n        pass\n",
    "async def h(x):\n    async with x as y:\n        await y\n",
    "def outer():\n    v = 1\n    def inner():\n        nonlocal v\n        v += 1\n        return v\n    return inner\n",
    "match p:\n    case [1, *rest]:\n        pass\n    case {'k': v}:\n        pass\n",
    "K = (1, 2.5, 3j, 'four', b'five', None, ..., 10**40, frozenset({6}))\nlam = lambda q: q\n",
]
for src in SOURCES:
    seed(0, marshal.dumps(compile(src, "<seed>", "exec")))
with tempfile.TemporaryDirectory() as d:
    for i, src in enumerate(SOURCES):
        path = os.path.join(d, "m%d.py" % i)
        with open(path, "w") as f:
            f.write(src)
        with open(py_compile.compile(path, doraise=True), "rb") as f:
            seed(1, f.read())
print(n, "seeds")
