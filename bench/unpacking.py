"""unpacking: tuple packing and unpacking in every form Python offers.

usage: krait bench/unpacking.py [n]      n = loop iterations

Swaps, multiple assignment, functions returning tuples, star-unpacking
(head, *rest), unpacking in for-loops over zip/enumerate/dict.items(),
nested targets ((a, b), c), and *args/**kwargs forwarding.
Self-check: the same quantities computed with indexing only.
"""
import sys

DEFAULT = 2000000
TINY = 1000
SMALL = 20000  # callgrind size: about 1/20 of the default work


def divmod_pair(a, b):
    return a // b, a % b


def minmax(*values):
    lo = hi = values[0]
    for v in values[1:]:
        if v < lo:
            lo = v
        elif v > hi:
            hi = v
    return lo, hi


def forward(*args, **kwargs):
    return combine(*args, **kwargs)


def combine(a, b, c=0, *, scale=1):
    return (a + b + c) * scale


def bench(n):
    a, b = 1, 2
    acc = 0
    for i in range(n):
        a, b = b, (a + b) % 100003
        q, r = divmod_pair(i, 7)
        acc += q - r
    fibmod = a
    points = [(i % 17, (i * 3) % 23, i % 5) for i in range(n // 4)]
    sx = sy = sz = 0
    for x, y, z in points:
        sx += x
        sy += y
        sz += z
    heads = tails = 0
    for first, *rest in [(1, 2, 3), (4, 5), (6,)] * (n // 30):
        heads += first
        tails += len(rest)
    nested = 0
    for (x, y), z in zip(zip(range(n // 4), range(1, n // 4 + 1)), range(n // 4)):
        nested += x * y - z
    d = {i: i * i for i in range(n // 8)}
    dsum = 0
    for k, v in d.items():
        dsum += v - k
    esum = 0
    for i, (x, y, z) in enumerate(points[: n // 8]):
        esum += i * x - y + z
    lo, hi = minmax(*[(i * 7919) % 10007 for i in range(1000)])
    fw = 0
    for i in range(n // 8):
        fw += forward(i, 2, c=i % 3, scale=2)
    *init, last = range(10)
    return fibmod, acc, (sx, sy, sz), (heads, tails), nested, dsum, esum, (lo, hi), fw, init, last


def check(n, result):
    fibmod, acc, sums, ht, nested, dsum, esum, lohi, fw, init, last = result
    f = [1, 2]
    for i in range(n):
        f = [f[1], (f[0] + f[1]) % 100003]
    if f[0] != fibmod:
        return "fib mod"
    if acc != sum(i // 7 - i % 7 for i in range(n)):
        return "divmod sum"
    pts = [(i % 17, (i * 3) % 23, i % 5) for i in range(n // 4)]
    if sums != (sum(p[0] for p in pts), sum(p[1] for p in pts), sum(p[2] for p in pts)):
        return "point sums"
    k = n // 30
    if ht != (k * 11, k * 3):
        return "star unpacking %r" % (ht,)
    if nested != sum(x * (x + 1) - x for x in range(n // 4)):
        return "nested targets"
    if dsum != sum(i * i - i for i in range(n // 8)):
        return "dict items"
    if esum != sum(i * pts[i][0] - pts[i][1] + pts[i][2] for i in range(min(n // 8, len(pts)))):
        return "enumerate"
    vals = [(i * 7919) % 10007 for i in range(1000)]
    if lohi != (min(vals), max(vals)):
        return "minmax"
    if fw != sum((i + 2 + i % 3) * 2 for i in range(n // 8)):
        return "forwarding"
    if init != list(range(9)) or last != 9:
        return "star assignment"
    return None


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = bench(n)
    problem = check(n, result)
    if problem:
        print("unpacking: WRONG:", problem, file=sys.stderr)
        sys.exit(3)
    print("unpacking", n, result[0], result[1], result[4])
