# Raising the limit lets a 2,000-deep yield-from chain run.
import sys
sys.setrecursionlimit(10000)
def g(n):
    if n:
        yield from g(n - 1)
    else:
        yield 5
assert list(g(2000)) == [5]
