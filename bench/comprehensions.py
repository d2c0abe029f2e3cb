"""comprehensions: list, dict, set and generator comprehensions, nested and filtered.

usage: krait bench/comprehensions.py [n]      n = size of the matrices and tables

Matrix multiply and transpose written as nested comprehensions, inverted
indexes built with dict comprehensions, set comprehensions for unique keys,
conditional expressions inside comprehensions, and generator expressions
consumed by sum/any/all/max.
Self-check: everything recomputed with explicit loops.
"""
import sys

DEFAULT = 240
TINY = 8
SMALL = 40  # callgrind size: about 1/20 of the default work


def matmul(a, b):
    bt = [list(col) for col in zip(*b)]
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def bench(n):
    a = [[(i * j + 1) % 17 - 8 for j in range(n)] for i in range(n)]
    b = [[(i + 2 * j) % 13 - 6 for j in range(n)] for i in range(n)]
    c = matmul(a, b)
    trace = sum(c[i][i] for i in range(n))
    t = [[row[i] for row in c] for i in range(n)]
    words = ["w%d_%d" % (i % (n * 3), i % 7) for i in range(n * n)]
    index = {w: i for i, w in enumerate(words)}
    uniq = {w.split("_")[1] for w in words}
    lengths = {k: len([w for w in words[:n * 10] if w.endswith(k)]) for k in sorted(uniq)}
    signs = [("neg" if x < 0 else "zero" if x == 0 else "pos") for row in c for x in row]
    flags = (any(x > 10 ** 6 for row in c for x in row), all(len(r) == n for r in t))
    squares = {x * x % 1001 for x in range(n * n)}
    best = max((sum(row), i) for i, row in enumerate(c))
    return a, b, c, trace, t, index, lengths, signs.count("pos"), flags, len(squares), best


def check(n, result):
    a, b, c, trace, t, index, lengths, pos, flags, nsq, best = result
    for i in range(n):
        for j in range(0, n, max(1, n // 9)):
            s = 0
            for k in range(n):
                s += a[i][k] * b[k][j]
            if s != c[i][j]:
                return "product wrong at %d,%d" % (i, j)
            if t[j][i] != c[i][j]:
                return "transpose wrong"
    tr = 0
    for i in range(n):
        tr += c[i][i]
    if tr != trace:
        return "trace"
    words = ["w%d_%d" % (i % (n * 3), i % 7) for i in range(n * n)]
    if index[words[-1]] != n * n - 1 or any(words[index[w]] != w for w in words):
        return "index"
    if sum(lengths.values()) != n * 10 and n * 10 <= n * n:
        return "lengths %r" % lengths
    p = 0
    for row in c:
        for x in row:
            if x > 0:
                p += 1
    if p != pos:
        return "signs"
    if flags != (False, True):
        return "flags"
    sq = set()
    for x in range(n * n):
        sq.add(x * x % 1001)
    if len(sq) != nsq:
        return "squares"
    return None


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = bench(n)
    problem = check(n, result)
    if problem:
        print("comprehensions: WRONG:", problem, file=sys.stderr)
        sys.exit(3)
    print("comprehensions", n, result[3], result[7], result[9], result[10])
