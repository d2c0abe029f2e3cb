"""spectral_norm: the spectral norm of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1).

usage: krait bench/spectral_norm.py [n]      n = size of the truncated matrix

Power iteration on A^T A: nested loops of float division and accumulation,
function calls in the innermost loop, list comprehensions over ranges.
Self-check: the known value for n=100, and for any n a value just below the
limit 1.2742241528... that grows with n.
"""
import sys

DEFAULT = 360
TINY = 20
SMALL = 50  # callgrind size: about 1/20 of the default work


def a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def times(u):
    n = len(u)
    return [sum([a(i, j) * u[j] for j in range(n)]) for i in range(n)]


def times_transposed(u):
    n = len(u)
    return [sum([a(j, i) * u[j] for j in range(n)]) for i in range(n)]


def at_times_a(u):
    return times_transposed(times(u))


def bench(n):
    u = [1.0] * n
    for _ in range(10):
        v = at_times_a(u)
        u = at_times_a(v)
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return (vbv / vv) ** 0.5


def check(n, r):
    if n == 100 and "%.9f" % r != "1.274219991":
        return "n=100 gives %.9f" % r
    if not (1.2 < r < 1.2742241529):
        return "out of range: %r" % r
    return None


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = bench(n)
    problem = check(n, result)
    if problem:
        print("spectral_norm: WRONG:", problem, file=sys.stderr)
        sys.exit(3)
    print("spectral_norm", n, "%.9f" % result)
