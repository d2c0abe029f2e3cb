# A callback that raises at exit is reported as unraisable; the status
# stays 0 and earlier-registered callbacks still run.
import atexit
import sys

atexit.register(lambda: sys.stderr.write("runs last\n"))
def boom():
    raise RuntimeError("boom in atexit")
atexit.register(boom)
print("ok")
