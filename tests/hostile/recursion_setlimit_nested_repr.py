# With the limit raised, repr of a 5,000-deep nested list works (C recursion within bounds).
import sys
sys.setrecursionlimit(100000)
x = []
for _ in range(5000):
    x = [x]
assert len(repr(x)) == 10002
