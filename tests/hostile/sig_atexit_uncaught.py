# An uncaught exception: the traceback first, then the callbacks, status 1.
import atexit
import sys

atexit.register(lambda: sys.stderr.write("atexit after the traceback\n"))
print("before")
raise ValueError("uncaught")
