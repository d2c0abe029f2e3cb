"""mandelbrot: which points of an n x n grid belong to the Mandelbrot set.

usage: krait bench/mandelbrot.py [n]      n = grid width and height

Tight float loops with early exit, written twice: once with real float pairs
and once with Python's complex type.  Self-check: the two versions agree
point by point, the set is symmetric about the real axis, and the area
estimate is near the known area 1.5066.
"""
import sys

DEFAULT = 560
TINY = 24
SMALL = 60  # callgrind size: about 1/20 of the default work
LIMIT = 60


def escapes_float(cr, ci):
    zr = zi = 0.0
    for i in range(LIMIT):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return LIMIT


def escapes_complex(c):
    z = 0j
    for i in range(LIMIT):
        if z.real * z.real + z.imag * z.imag > 4.0:
            return i
        z = z * z + c
    return LIMIT


def grid(n):
    # symmetric by construction: row i and row n-1-i have opposite imaginary parts
    xs = [-2.0 + 2.5 * (j + 0.5) / n for j in range(n)]
    half = [1.25 - 2.5 * (i + 0.5) / n for i in range((n + 1) // 2)]
    ys = half + [-y for y in reversed(half[: n // 2])]
    return xs, ys


def bench(n):
    xs, ys = grid(n)
    counts = []
    inside = 0
    for y in ys:
        row = [escapes_float(x, y) for x in xs]
        inside += row.count(LIMIT)
        counts.append(row)
    differ = 0
    for i in range(0, n, 3):
        y = ys[i]
        for j, x in enumerate(xs):
            if escapes_complex(complex(x, y)) != counts[i][j]:
                differ += 1
    asym = sum(1 for i in range(n // 2) if counts[i] != counts[n - 1 - i])
    area = inside * (2.5 * 2.5) / (n * n)
    return inside, area, differ, asym


def check(n, result):
    inside, area, differ, asym = result
    if differ:
        return "%d points differ between float and complex versions" % differ
    if asym:
        return "%d rows break the symmetry" % asym
    if n >= 100 and not (1.45 < area < 1.65):
        return "area %f" % area
    return None


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = bench(n)
    problem = check(n, result)
    if problem:
        print("mandelbrot: WRONG:", problem, file=sys.stderr)
        sys.exit(3)
    print("mandelbrot", n, result[0], "%.4f" % result[1])
