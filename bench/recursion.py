"""recursion: deep and wide recursive calls -- fib, Ackermann, Takeuchi, Hanoi.

usage: krait bench/recursion.py [n]      n = the fib argument (the others scale with it)

Nothing but calls, returns, compares and small-int arithmetic: measures the
cost of a Python-to-Python call.  Self-check: closed forms (iterative fib,
A(2,n) = 2n+3, A(3,n) = 2^(n+3)-3, Hanoi = 2^k-1 moves).
"""
import sys

DEFAULT = 31
TINY = 12
SMALL = 20  # callgrind size: about 1/20 of the default work


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def hanoi(k, src, dst, via, moves):
    if k == 0:
        return moves
    moves = hanoi(k - 1, src, via, dst, moves)
    moves += 1
    return hanoi(k - 1, via, dst, src, moves)


def bench(n):
    f = fib(n)
    a3 = ack(3, max(1, n // 5))
    a2 = ack(2, n * 10)
    t = tak(n // 2, n // 3, n // 6)
    h = hanoi(n - 8 if n > 10 else n, "a", "c", "b", 0)
    return f, a3, a2, t, h


def check(n, result):
    f, a3, a2, t, h = result
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    if f != a:
        return "fib(%d) = %d, expected %d" % (n, f, a)
    k = max(1, n // 5)
    if a3 != 2 ** (k + 3) - 3:
        return "ack(3, %d) = %d" % (k, a3)
    if a2 != 2 * n * 10 + 3:
        return "ack(2, %d) = %d" % (n * 10, a2)
    if h != 2 ** (n - 8 if n > 10 else n) - 1:
        return "hanoi moves %d" % h
    memo = {}

    def tak_memo(x, y, z):
        key = (x, y, z)
        if key not in memo:
            if y < x:
                memo[key] = tak_memo(tak_memo(x - 1, y, z), tak_memo(y - 1, z, x), tak_memo(z - 1, x, y))
            else:
                memo[key] = z
        return memo[key]
    if t != tak_memo(n // 2, n // 3, n // 6):
        return "tak gives %d" % t
    return None


if __name__ == "__main__":
    sys.setrecursionlimit(20000)
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = bench(n)
    problem = check(n, result)
    if problem:
        print("recursion: WRONG:", problem, file=sys.stderr)
        sys.exit(3)
    print("recursion", n, *result)
