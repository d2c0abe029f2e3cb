# math integer functions on big and odd inputs: comb, perm, factorial, isqrt, gcd, lcm.
import math

for n in [0, 1, 5, 20, 100, 10**20]:
    print(n, [math.comb(n, k) for k in (0, 1, 2, 5)], math.perm(n, 3), math.isqrt(n))
print(math.comb(1000, 500) % 10**30, math.perm(1000, 500) % 10**30)
print(math.factorial(100), math.factorial(True))
print(math.isqrt(10**100 + 1), math.isqrt(2**127), math.isqrt(True))
print(math.gcd(2**200, 6**100), math.gcd(-12, -18), math.lcm(2**100, 3**50) % 10**20)
print(math.gcd(*range(12, 100, 12)), math.lcm(*range(1, 21)))


class Ix:
    def __index__(self):
        return 12


for f, args in [(math.comb, (10, -1)), (math.comb, (-1, 2)), (math.perm, (-3, 1)),
                (math.isqrt, (-5,)), (math.factorial, (1.5,)), (math.gcd, ('a',)),
                (math.lcm, (2, 2.0)), (math.comb, (5.0, 2)), (math.isqrt, ('9',)),
                (math.comb, (Ix(), 2)), (math.gcd, (Ix(), 8)), (math.factorial, (Ix(),))]:
    try:
        print(f.__name__, f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
for f, args in [(math.perm, (2**100, 2**70)), (math.comb, (2**200, 2**100)), (math.perm, (5, 2**70))]:
    try:
        print(f.__name__, f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
