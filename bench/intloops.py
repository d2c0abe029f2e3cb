"""intloops: small-integer arithmetic in plain loops.

usage: krait bench/intloops.py [n]      n = upper bound of the ranges

A sieve of Eratosthenes over a bytearray, Collatz chain lengths with a
cache list, Euclid's gcd by hand, digit sums with divmod, and a linear
congruential generator folded with xor and shifts -- the loops any
interpreter must make fast.  Self-check: each part is recomputed a second,
independent way on a prefix (trial division, math.gcd, str digits).
"""
import math
import sys

DEFAULT = 2200000
TINY = 2000
SMALL = 40000  # callgrind size: about 1/20 of the default work


def sieve(n):
    is_prime = bytearray([1]) * (n + 1)
    is_prime[0] = is_prime[1] = 0
    i = 2
    while i * i <= n:
        if is_prime[i]:
            for k in range(i * i, n + 1, i):
                is_prime[k] = 0
        i += 1
    return is_prime


def collatz_lengths(n):
    lengths = [0] * (n + 1)
    lengths[1] = 1
    for start in range(2, n + 1):
        x = start
        steps = 0
        while x >= start:
            if x & 1:
                x = 3 * x + 1
            else:
                x >>= 1
            steps += 1
        lengths[start] = steps + lengths[x]
    return lengths


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def digit_sum(x):
    s = 0
    while x:
        x, d = divmod(x, 10)
        s += d
    return s


def lcg_fold(n):
    state = 12345
    acc = 0
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        acc ^= (state >> 7) + (acc << 1) & 0xFFFFFF
    return acc


def bench(n):
    primes = sieve(n)
    nprimes = sum(primes)
    lengths = collatz_lengths(n // 4)
    longest = max(range(1, len(lengths)), key=lengths.__getitem__)
    g = 0
    for i in range(1, n // 8):
        g += gcd(i * 7919, n // 8 + i)
    ds = 0
    for i in range(n // 4):
        ds += digit_sum(i * 37)
    return primes, nprimes, lengths, longest, g, ds, lcg_fold(n // 2)


def check(n, result):
    primes, nprimes, lengths, longest, g, ds, fold = result
    m = min(n, 3000)
    for k in range(m + 1):
        trial = k >= 2 and all(k % d for d in range(2, int(k ** 0.5) + 1))
        if bool(primes[k]) != trial:
            return "sieve wrong at %d" % k
    for k in range(1, min(len(lengths), 500)):
        x, steps = k, 1
        while x != 1:
            x = x // 2 if x % 2 == 0 else 3 * x + 1
            steps += 1
        if steps != lengths[k]:
            return "collatz wrong at %d" % k
    g2 = sum(math.gcd(i * 7919, n // 8 + i) for i in range(1, n // 8))
    if g != g2:
        return "gcd sum %d != %d" % (g, g2)
    ds2 = sum(sum(map(int, str(i * 37))) for i in range(min(n // 4, 5000)))
    ds3 = sum(digit_sum(i * 37) for i in range(min(n // 4, 5000)))
    if ds2 != ds3:
        return "digit sums differ"
    if n == 800000 and nprimes != 63951:
        return "pi(%d) = %d" % (n, nprimes)
    return None


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = bench(n)
    problem = check(n, result)
    if problem:
        print("intloops: WRONG:", problem, file=sys.stderr)
        sys.exit(3)
    print("intloops", n, result[1], result[3], result[4], result[5], result[6])
