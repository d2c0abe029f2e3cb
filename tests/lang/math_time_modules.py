# Built-in C modules: math (float and exact integer functions) and time.
import math, time
from math import sqrt, pi
print(math.sqrt(16), sqrt(2), pi, math.e, math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7))
print(math.gcd(12, 18, 27), math.factorial(20), math.isqrt(10 ** 20 + 5), math.comb(10, 3))
print(math.log(100, 10), math.log2(8), math.log10(1000), math.log(2 ** 1000), math.exp(1))
print(math.isnan(math.nan), math.isinf(math.inf), math.isclose(0.1 + 0.2, 0.3), math.hypot(3, 4))
print(math.sin(0), math.cos(0), math.atan2(1, 1), math.pow(2, 10), math.fabs(-3))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.exp(1000)
except OverflowError as e:
    print(e)
t0 = time.perf_counter()
print(time.perf_counter() >= t0, type(time.time()).__name__)
