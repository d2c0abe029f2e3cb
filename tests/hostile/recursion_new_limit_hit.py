# A lowered limit is enforced: 200 deep fails under setrecursionlimit(100).
import sys
sys.setrecursionlimit(100)
def f(n):
    return 0 if n == 0 else 1 + f(n - 1)
f(200)
