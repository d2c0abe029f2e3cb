# Builtin docstrings that carry examples: doctest finds and runs them, as
# test_builtin's load_tests does with DocTestSuite(builtins).
import builtins
import doctest

finder = doctest.DocTestFinder()
tests = sorted(finder.find(builtins), key=lambda t: t.name)
runner = doctest.DocTestRunner(verbose=False)
for t in tests:
    if t.examples:
        r = runner.run(t, out=lambda s: print("FAILED OUTPUT:", s))
        print(t.name, len(t.examples), r.failed)

# the texts themselves
for obj in (bin, oct, hex, int.bit_count, int.bit_length, int.as_integer_ratio,
            float.hex, float.fromhex, float.as_integer_ratio, bytes.hex, bytearray.hex,
            memoryview.hex):
    print(repr(obj.__doc__.splitlines()[0]))
print(int.__doc__.splitlines()[:2])
print(zip.__doc__.splitlines()[0])

# a classmethod descriptor answers what inspect and doctest ask
d = float.__dict__["fromhex"]
print(type(d).__name__, d.__name__, d.__qualname__, d.__objclass__)
print(d.__doc__ == float.fromhex.__doc__)
d = dict.__dict__["fromkeys"]
print(d.__name__, d.__qualname__, d.__objclass__)
d = int.__dict__["from_bytes"]
print(d.__name__, d.__objclass__)
try:
    d.nonexistent
except AttributeError as e:
    print("AttributeError", e)
