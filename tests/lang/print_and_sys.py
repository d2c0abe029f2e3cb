# print's sep/end/file, sys.stdout/stderr, __name__, sys.exit's status.
import sys
print("a", "b", sep="-", end="!\n")
print("x", 1, None, sep="")
print(end="")
print("to stderr", file=sys.stderr)
sys.stdout.write("written\n")
if __name__ == "__main__":
    print("main", sys.getrecursionlimit())
print("before exit")
sys.exit(3)
