# math: the functions added for completeness, on ordinary and edge values.
import math

print(sorted(n for n in dir(math) if not n.startswith('_')))
for f in (math.acosh, math.asinh, math.atanh, math.cbrt, math.erf, math.erfc, math.exp2,
          math.expm1, math.log1p, math.gamma, math.lgamma, math.degrees, math.radians):
    out = []
    for x in (0.5, 1.5, 2.0, 10.0, -0.25, 1e-10, float('inf'), float('nan')):
        try:
            out.append(repr(f(x)))
        except ValueError:
            out.append('VE')
        except OverflowError:
            out.append('OE')
    print(f.__name__, out)
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(1, float('-nan')) < 2)
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(5, float('inf')), math.fmod(-0.0, 1))
print(math.remainder(7, 3), math.remainder(5, 2), math.remainder(-5, 2), math.remainder(3, float('inf')))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(2, 2))
print(math.ulp(1.0), math.ulp(-3.5), math.ulp(0.0), math.ulp(1e308), math.ulp(float('inf')),
      math.ulp(1.7976931348623157e308))
print(math.frexp(8.0), math.frexp(-0.375), math.frexp(0.0), math.frexp(float('inf')), math.frexp(5))
print(math.modf(3.75), math.modf(-2.5), math.modf(float('inf')), math.modf(float('-inf')), math.modf(4))
print(math.ldexp(0.5, 4), math.ldexp(3, -2), math.ldexp(1.0, -1080), math.ldexp(0.0, 10**30),
      math.ldexp(-1.0, -10**30), math.ldexp(float('inf'), 5), math.ldexp(1.0, True))
print(math.log(8, 2), math.log(100, 10), math.log(2**1000), math.log(10**400, 10),
      math.log10(10**400), math.log2(2**2000), math.log2(8), math.log10(1000), math.log(float('inf')))
print(math.log(1.0), math.log(True), math.log2(2**64 + 1), math.log(2**100, 2**10))
print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(-5, 12, 0),
      math.hypot(1e300, 1e300), math.hypot(1e-320, 1e-320), math.hypot(float('inf'), float('nan')),
      math.hypot(float('nan'), 1), math.hypot(0.1, 0.2, 0.3, 0.4, 0.5))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], (4, 5, 6)), math.dist((), ()),
      math.dist(iter([1.5]), (0.5,)), math.dist((1e308, -1e308), (-1e308, 1e308)))
