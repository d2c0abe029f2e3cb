# sys.getrefcount exists: tests compare a count before and after an
# operation (the value itself is implementation-defined, so only
# comparisons and the argument errors are printed).
import sys

b = bytearray(b'abc')
before = sys.getrefcount(b)
m = memoryview(b)
m.release()
print(sys.getrefcount(b) == before, isinstance(before, int), before >= 2)
print(hasattr(sys, 'getrefcount'), sys.getrefcount.__name__)
for args in [(), (1, 2)]:
    try:
        sys.getrefcount(*args)
    except TypeError as e:
        print(e)
try:
    sys.getrefcount(x=1)
except TypeError as e:
    print(type(e).__name__)
