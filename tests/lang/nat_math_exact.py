# math: exact summation (fsum), products, and integer functions on big ints.
import math

print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([]), math.fsum([1e100, 1.0, -1e100, 1e-100]))
print(math.fsum([1, 1e100, 1, -1e100] * 10000), math.fsum(iter([0.5, 0.25])))
print(math.fsum([1e308, 1e308, -1e308]) if False else math.fsum([2.0**53, 1.0, 2.0**-53]))
print(math.fsum([float('inf'), 1]), math.fsum([float('nan'), 1]), math.fsum([-0.0, -0.0]))
print(math.fsum([1.0, 2.0**-53, 2.0**-106]), math.fsum([1.0, -2.0**-53, -2.0**-106]))
vals = [(-1) ** i * 1.0 / (i + 1) for i in range(1000)]
print(math.fsum(vals), sum(vals))
print(math.fsum([True, 2, 3.5]))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 30)), math.prod([2.5, 4]),
      math.prod([], start=5), math.prod([3], start=2.0), math.prod(['ab'], start=3))
print(math.lcm(), math.lcm(4), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(2**70, 3, 10),
      math.lcm(True, 7))
print(math.gcd(), math.gcd(12, 18, 27), math.gcd(-4, 0), math.gcd(2**80, 2**70 * 3))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(5, 6), math.perm(30, 10),
      math.perm(10**20, 2), math.perm(5, None))
print(math.comb(10, 3), math.comb(50, 25), math.comb(3, 5))
print(math.isqrt(0), math.isqrt(99), math.isqrt(10**50), math.isqrt(2**200 - 1) == 2**100 - 1)
print(math.factorial(0), math.factorial(25), len(str(math.factorial(500))))
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), math.floor(-0.5), math.ceil(10**30),
      type(math.floor(1e20)).__name__)
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0, 1e-10, abs_tol=1e-9),
      math.isclose(float('inf'), float('inf')), math.isclose(1, 2, rel_tol=0.6))
