# setrecursionlimit(0) is rejected with ValueError.
import sys
sys.setrecursionlimit(0)
