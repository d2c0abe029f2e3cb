# marshal.loads of truncated and corrupted data -- code objects included --
# raises EOFError, ValueError or TypeError and never crashes.  (Only the exit
# status and stderr are compared: what a corrupted record turns into
# differs between krait's code records and CPython's.)
import marshal
import random

import sys

if sys.implementation.name == "cpython":
    # python3.11 allocates for a corrupted count before reading the items:
    # with an address-space limit that fails at once with MemoryError
    # (krait refuses such counts; its ASan build needs the address space)
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

SRC = '''
def f(a, b=1, *c, d, **e):
    try:
        return [a + b for _ in c]
    except Exception as x:
        raise ValueError(d) from x
class K:
    def m(self):
        return (1, 2.5, 'x', b'y', 3j, None, ..., 10**30, frozenset({1}))
'''
samples = [compile(SRC, "<s>", "exec"), [1, (2, "three"), {"k": 4.5}], {1, 2, 3}, "ü" * 40, 2**200]
rng = random.Random(1234)
outcomes = {}
for obj in samples:
    data = marshal.dumps(obj)
    cases = [data[:n] for n in range(len(data))]
    for _ in range(400):
        b = bytearray(data)
        for _ in range(rng.randint(1, 4)):
            b[rng.randrange(len(b))] = rng.randrange(256)
        cases.append(bytes(b))
    for _ in range(100):
        cut = rng.randrange(len(data))
        cases.append(data[:cut] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 8))) + data[cut:])
    for case in cases:
        try:
            v = marshal.loads(case)
            kind = "loaded"
        except (EOFError, ValueError, TypeError, SystemError, MemoryError) as e:  # CPython: SystemError from its code checks
            kind = type(e).__name__
        outcomes[kind] = outcomes.get(kind, 0) + 1
print(sorted(outcomes))
# counts larger than the data (python3.11 allocates for a huge count before
# it reads: those cases are in tests/unit/test_pyc.c)
for head in [b")\xff", b"a\xff\xff\xff\x7f", b"s\xff\xff\xff\x7f", b"r\x05\0\0\0",
             b"(\xff\xff\xff\xff", b"l\x00\x00\x00\x80"]:
    try:
        marshal.loads(head + b"N" * 3)
        print("loaded")
    except (EOFError, ValueError, MemoryError) as e:
        print(type(e).__name__)
# very deep nesting
try:
    marshal.loads(b")\x01" * 100000 + b"N")
except ValueError as e:
    print("ValueError")
print("done")
