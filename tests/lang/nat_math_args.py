# math: argument-count and keyword errors, and edge values of the older functions.
import math


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: math.isclose(1, 1, rel_tol=-1))
t(lambda: math.isclose(1, 1, abs_tol=-1))
t(lambda: math.isclose(1, 2, 3))
t(lambda: math.isclose(a=1, b=1))
t(lambda: math.isclose(float('nan'), float('nan')))
t(lambda: math.pow(0, -1))
t(lambda: math.pow(-8, 1/3))
t(lambda: math.pow(10, 400))
t(lambda: math.pow(float('inf'), -1))
t(lambda: math.pow(1, float('nan')))
t(lambda: math.pow(float('nan'), 0))
t(lambda: math.pow(-0.0, -1))
t(lambda: math.pow(-1, float('inf')))
t(lambda: math.atan2(0.0, -0.0))
t(lambda: math.atan2(float('inf'), float('inf')))
t(lambda: math.sqrt(-0.0))
t(lambda: math.exp(float('-inf')))
t(lambda: math.exp(710))
t(lambda: math.cos(float('inf')))
t(lambda: math.tan(float('inf')))
t(lambda: math.asin(2))
t(lambda: math.log(2.0**-1074))
t(lambda: math.log(True, 2))
t(lambda: math.sinh(1000))
t(lambda: math.cosh(-1000))
t(lambda: math.fabs(-0.0))
t(lambda: math.gcd(2**64, 2**32, -12))
t(lambda: math.hypot(x=1))
t(lambda: math.sqrt())
t(lambda: math.sqrt(1, 2))
t(lambda: math.sqrt(x=4))
t(lambda: math.factorial(10**20))
t(lambda: math.floor())
t(lambda: math.pi.hex())
t(lambda: (math.e, math.tau, math.inf, -math.inf))
t(lambda: math.log(0.0, 10))
t(lambda: math.log(1, 0.5))
t(lambda: math.log(10, -1))
t(lambda: math.log10(0))
t(lambda: math.log2(-(2**2000)))
t(lambda: math.log1p(float('-inf')))
t(lambda: math.expm1(float('-inf')))
t(lambda: math.acosh(float('inf')))
t(lambda: math.atanh(-1.0))
t(lambda: math.erf(float('nan')))


for name in ['pow', 'atan2', 'copysign', 'log', 'fmod', 'ldexp', 'remainder', 'nextafter', 'comb',
             'perm', 'dist', 'isqrt', 'factorial', 'gcd', 'lcm', 'fsum', 'prod', 'frexp', 'modf',
             'ulp', 'trunc', 'ceil', 'isnan', 'isinf', 'isfinite', 'degrees', 'gamma', 'erf', 'log2',
             'exp2', 'isclose', 'hypot']:
    f = getattr(math, name)
    t(lambda: f())
    t(lambda: f(1, 2, 3, 4, 5))
    t(lambda: f(1, x=2))
