# math.fsum: Shewchuk partials, correct rounding, specials; against cases from CPython's tests.
import math

cases = [
    [], [0.0], [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50],
    [2.0**53, -0.5, -2.0**-54], [2.0**53, 1.0, 2.0**-100], [2.0**53 + 10.0, 1.0, 2.0**-100],
    [2.0**53 - 4.0, 0.5, 2.0**-54], [2.0**1023, -2.0**970],
    [1.7976931348623157e+308, -1.7976931348623157e+308, 1.0],
    [1.0, 1e-16] * 100, [-1e-16] * 1000 + [1.0], [1e-300, 1e300, -1e300],
    [0.1, 0.2, 0.3, -0.6], [1.0 / n for n in range(1, 200)],
    [(-1.0) ** n / n for n in range(1, 2000)],
    [2.0 ** -1074] * 7, [-0.0], [-0.0, 0.0], [float('-inf'), 1.0, float('-inf')],
]
for c in cases:
    print(repr(math.fsum(c)), repr(sum(c)) if len(c) < 5 else '')
big = [1e300] * 10 + [-1e300] * 10 + [1.0]
print(math.fsum(big))
for bad in [[1e308, 1e308], [float('inf'), float('-inf')], [float('nan')], [1, 'a'], None]:
    try:
        print(math.fsum(bad))
    except Exception as e:
        print(type(e).__name__, e)


def gen():
    for i in range(100):
        yield 0.01


print(math.fsum(gen()), math.fsum({1.5: 0, 2.5: 0}), math.fsum(range(10)))
