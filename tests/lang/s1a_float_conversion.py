# float(x) in CPython's PyNumber_Float order: a subclass's own __float__
# first (deprecated when it returns a float subclass), then buffers.
import array
import warnings

def show(f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = f()
            out = "%s %r" % (type(r).__name__, r)
        except Exception as e:
            out = "%s %s" % (type(e).__name__, e)
    print(out, [str(m.message) for m in w])

class Foo1(object):
    def __float__(self): return 42.
class Foo2(float):
    def __float__(self): return 42.
class Foo3(float):
    def __new__(cls, value=0.): return float.__new__(cls, 2 * value)
    def __float__(self): return self
class Foo4(float):
    def __float__(self): return 42
class FooStr(str):
    def __float__(self): return float(str(self)) + 1
class FI(int):
    def __float__(self): return 1.5
class F(float):
    pass
class Idx:
    def __index__(self): return 7

for x in [Foo1(), Foo2(), Foo3(21), Foo4(42), FooStr('8'), FI(3), F(2.5), Idx(),
          memoryview(b'12.3')[1:4], array.array('b', b'3.14'), bytearray(b' 1e3 '), b'-inf',
          b'x1', '1_000.5', ' 2.5 ', [1], None]:
    show(lambda: float(x))
show(lambda: type(F(F(2.5))).__name__)
show(lambda: F(Foo2()))

# 0.0 to a negative power: an error, but -inf gives inf
for a, b in [(-0.0, -float('inf')), (0.0, -float('inf')), (-0.0, -1.0), (0.0, -2.0),
             (0.0, float('inf')), (-0.0, 3.0), (-0.0, -3.0)]:
    show(lambda: pow(a, b))
    show(lambda: a ** b)

# no type with a precision: like 'g', with a digit after the point
for v in [1234.56, 5.0, 123.0, 99.99, 0.5, 1e16, 12.0, 1.5, 100.0, -1234.5, 0.0, 1e-5,
          123456.0]:
    print([format(v, s) for s in ['.1', '.2', '.3', '.4', '#.4', '10.3', '.0', '.6']])
print(f"{1234.56:.4}", "{:.2}".format(12.0))
