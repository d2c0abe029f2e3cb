"""pidigits: the digits of pi from Gibbons' unbounded spigot algorithm.

usage: krait bench/pidigits.py [n]      n = number of digits

Big-integer arithmetic: the state is a linear fractional transformation
whose four numbers grow without bound; each step multiplies and divides
them.  Self-check: the digits equal pi computed independently with
Machin's formula in fixed point, 16*atan(1/5) - 4*atan(1/239).
"""
import sys

DEFAULT = 5400
TINY = 50
SMALL = 600  # callgrind size: about 1/20 of the default work


def spigot(count):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < count:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = (q * k, (2 * q + r) * x, t * x, k + 1,
                                (q * (7 * k + 2) + r * x) // (t * x), x + 2)
    return out


def arctan_inv(x, one):
    # atan(1/x) * one, by the alternating series
    total = term = one // x
    x2 = x * x
    k = 3
    sign = -1
    while term:
        term //= x2
        total += sign * (term // k)
        sign = -sign
        k += 2
    return total


def machin_digits(count):
    guard = 10
    one = 10 ** (count + guard)
    pi = 4 * (4 * arctan_inv(5, one) - arctan_inv(239, one))
    s = str(pi // 10 ** guard)
    return [int(c) for c in s[:count]]


def bench(n):
    return spigot(n)


def check(n, digits):
    if digits[:10] != [3, 1, 4, 1, 5, 9, 2, 6, 5, 3][: len(digits[:10])]:
        return "first digits %r" % digits[:10]
    if digits != machin_digits(n):
        return "digits differ from Machin's formula"
    return None


if __name__ == "__main__":
    if hasattr(sys, "set_int_max_str_digits"):
        sys.set_int_max_str_digits(0)      # Machin's check converts an n-digit int to str
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = bench(n)
    problem = check(n, result)
    if problem:
        print("pidigits: WRONG:", problem, file=sys.stderr)
        sys.exit(3)
    print("pidigits", n, "".join(map(str, result[-10:])))
