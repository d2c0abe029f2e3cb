# + and * between every pair of builtin sequences (and a few numbers):
# the result type or the exact error, as CPython's sq_concat/nb_add order gives.
import collections, array

def make():
    return [(1, 2), [1, 2], 'ab', b'ab', bytearray(b'ab'), collections.deque([1]),
            array.array('b', [1, 2]), memoryview(b'ab'), range(2), 2, 2.5, True, None]

def show(r):
    if isinstance(r, memoryview):
        return 'memoryview'
    return repr(r)

for a in make():
    for b in make():
        try:
            r = a + b
            print(type(a).__name__, '+', type(b).__name__, '->', show(r))
        except Exception as e:
            print(type(a).__name__, '+', type(b).__name__, type(e).__name__, e)
        try:
            r = a * b
            print(type(a).__name__, '*', type(b).__name__, '->', show(r))
        except Exception as e:
            print(type(a).__name__, '*', type(b).__name__, type(e).__name__, e)

# (memoryview and range as the left of *= differ: docs/differences.md)
for a in make()[:7] + make()[9:]:
    for b in [(3,), [3], 'c', b'c', bytearray(b'c'), 2, None]:
        x = a
        try:
            x += b
            print(type(a).__name__, '+=', type(b).__name__, '->', show(x))
        except Exception as e:
            print(type(a).__name__, '+=', type(b).__name__, type(e).__name__, e)
        x = a
        try:
            x *= b
            print(type(a).__name__, '*=', type(b).__name__, '->', show(x))
        except Exception as e:
            print(type(a).__name__, '*=', type(b).__name__, type(e).__name__, e)
