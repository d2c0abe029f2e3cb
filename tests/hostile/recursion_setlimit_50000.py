# With the limit raised to 100000, 50,000-deep Python recursion must just work.
import sys
sys.setrecursionlimit(100000)
def f(n):
    return 0 if n == 0 else 1 + f(n - 1)
if f(50000) != 50000:
    raise AssertionError("wrong depth")
