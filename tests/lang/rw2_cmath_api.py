# cmath as mpmath and numeric code use it: finite values to the bit,
# log with a base, polar/rect round trips, isclose, argument conversion
# and CPython's error messages.
import cmath, math, random

rng = random.Random(1234)
funcs = ['sqrt', 'exp', 'log', 'log10', 'cos', 'sin', 'tan', 'cosh', 'sinh', 'tanh',
         'acos', 'asin', 'atan', 'acosh', 'asinh', 'atanh']
for i in range(60):
    scale = 10.0 ** rng.randint(-5, 5)
    z = complex(rng.uniform(-3, 3) * scale, rng.uniform(-3, 3) * scale)
    out = []
    for n in funcs:
        try:
            out.append(repr(getattr(cmath, n)(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(repr(z), ' '.join(out))

# near the unit circle and the branch points
for z in [1+0j, -1+0j, 1j, -1j, 1+1e-20j, 0.7+0.7j, 1e-300j, complex(1, -0.0),
          complex(-1, -0.0), 2, -2, 0.5, 1e308, -1e308j]:
    for n in funcs:
        try:
            print(n, repr(z), getattr(cmath, n)(z))
        except Exception as e:
            print(n, repr(z), type(e).__name__, e)

print(cmath.log(8, 2), cmath.log(100, 10), cmath.log(1j, 1j), cmath.log(-1, -1))
for args in [(1, 1), (0, 2), (2, 0), (2, 1)]:
    try:
        print(cmath.log(*args))
    except Exception as e:
        print('log', args, type(e).__name__, e)
print(cmath.polar(3+4j), cmath.polar(-1), cmath.polar(-0.0 - 1j), cmath.rect(2, math.pi / 2))
print(cmath.rect(1, 0), cmath.rect(-1, 0.0), cmath.rect(0, 3))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(1j), cmath.phase(0))
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1, 1.1), cmath.isclose(1, 1.1, rel_tol=0.2))
print(cmath.isclose(0, 1e-10, abs_tol=1e-9), cmath.isclose(complex('inf'), complex('inf')))
print(cmath.isclose(complex('nan'), complex('nan')), cmath.isclose(a=1, b=1))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(type(cmath.pi).__name__, type(cmath.infj).__name__)

class C:
    def __complex__(self):
        return 3+4j
class F:
    def __float__(self):
        return 2.25
class I:
    def __index__(self):
        return 9
class Bad:
    def __complex__(self):
        return 1.5
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.sqrt(True), cmath.sqrt(-4))
print(cmath.exp(10**2), cmath.polar(C()), cmath.rect(F(), I()))

errors = [lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2), lambda: cmath.sqrt(z=1),
          lambda: cmath.sqrt('a'), lambda: cmath.sqrt(None), lambda: cmath.log(),
          lambda: cmath.log(1, 2, 3), lambda: cmath.log(1, 'x'), lambda: cmath.rect(1),
          lambda: cmath.rect('a', 1), lambda: cmath.isclose(1), lambda: cmath.isclose(1, 2, 3),
          lambda: cmath.isclose(1, 2, foo=3), lambda: cmath.isclose(1, 1, rel_tol=-1),
          lambda: cmath.isclose(1, 1, abs_tol='x'), lambda: cmath.phase('x'),
          lambda: cmath.polar(), lambda: cmath.isnan(), lambda: cmath.sqrt(Bad()),
          lambda: cmath.exp(1000), lambda: cmath.cosh(-1000), lambda: cmath.sinh(1000j + 1000),
          lambda: cmath.sin(1000j), lambda: cmath.atan(1j), lambda: cmath.atanh(-1),
          lambda: cmath.log(0), lambda: cmath.log10(0j), lambda: cmath.cos(complex('inf')),
          lambda: cmath.exp(complex(0, math.inf)), lambda: cmath.rect(1e308, math.inf),
          lambda: cmath.polar(complex(1e308, 1e308)), lambda: cmath.exp(10**400)]
for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(n for n in dir(cmath) if not n.startswith('_')))
print(cmath.sqrt.__doc__, cmath.sqrt.__name__)
