"""closures: closures, higher-order functions, decorators and functools.

usage: krait bench/closures.py [n]      n = length of the data processed

Function factories capturing cells (read and nonlocal writes), compose and
curry helpers, map/filter/reduce with lambdas, a memoizing decorator, and
functools.partial -- the functional style of Python programs.
Self-check: every pipeline is recomputed with plain loops.
"""
import functools
import sys

DEFAULT = 900000
TINY = 500
SMALL = 15000  # callgrind size: about 1/20 of the default work


def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed


def adder(k):
    return lambda x: x + k


def multiplier(k):
    def mul(x):
        return x * k
    return mul


def counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump


def curry(f, arity):
    def curried(*args):
        if len(args) >= arity:
            return f(*args)
        return lambda *more: curried(*(args + more))
    return curried


def memoize(f):
    cache = {}

    @functools.wraps(f)
    def wrapper(*args):
        try:
            return cache[args]
        except KeyError:
            value = cache[args] = f(*args)
            return value
    wrapper.cache = cache
    return wrapper


@memoize
def partitions(n, largest):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    return partitions(n - largest, largest) + partitions(n, largest - 1)


def clamp(lo, hi, x):
    return lo if x < lo else hi if x > hi else x


def bench(n):
    data = list(range(n))
    pipeline = compose(adder(3), multiplier(5), adder(-7))
    mapped = list(map(pipeline, data))
    odd = list(filter(lambda v: v % 3 != 0, mapped))
    total = functools.reduce(lambda a, b: (a + b) % 1000003, odd, 0)
    bump = counter()
    for v in data:
        if v & 3 == 0:
            bump(2)
        else:
            bump()
    add3 = curry(lambda a, b, c: a * b + c, 3)
    curried = sum(add3(i)(2)(i % 7) for i in range(n // 4))
    lo_clamp = functools.partial(clamp, 10, 1000)
    clamped = sum(map(lo_clamp, mapped[: n // 2]))
    keyed = sorted(data[: n // 4], key=lambda v: (v * 7919) % 1009)
    parts = partitions(min(60, 20 + n // 10000), min(60, 20 + n // 10000))
    return total, bump(0), curried, clamped, keyed[:5], parts


def check(n, result):
    total, bumps, curried, clamped, keyed, parts = result
    t = 0
    for v in range(n):
        w = (v - 7) * 5 + 3
        if w % 3 != 0:
            t = (t + w) % 1000003
    if t != total:
        return "pipeline total %d, expected %d" % (total, t)
    if bumps != sum(2 if v & 3 == 0 else 1 for v in range(n)):
        return "counter gives %d" % bumps
    if curried != sum(i * 2 + i % 7 for i in range(n // 4)):
        return "curried sum"
    if clamped != sum(min(1000, max(10, (v - 7) * 5 + 3)) for v in range(n // 2)):
        return "clamped sum"
    k = list(range(n // 4))
    k.sort(key=lambda v: (v * 7919) % 1009)
    if k[:5] != keyed:
        return "keyed sort"
    m = min(60, 20 + n // 10000)
    table = [1] + [0] * m
    for part in range(1, m + 1):
        for s in range(part, m + 1):
            table[s] += table[s - part]
    if table[m] != parts:
        return "partitions(%d) = %d, expected %d" % (m, parts, table[m])
    return None


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = bench(n)
    problem = check(n, result)
    if problem:
        print("closures: WRONG:", problem, file=sys.stderr)
        sys.exit(3)
    print("closures", n, result[0], result[1], result[5])
