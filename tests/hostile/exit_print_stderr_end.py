# print(..., end="", file=sys.stderr) at normal exit.
import sys
print("no newline at exit", end="", file=sys.stderr)
