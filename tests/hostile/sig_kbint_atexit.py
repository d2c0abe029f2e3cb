# An uncaught KeyboardInterrupt still runs atexit callbacks and flushes
# stdout before the process kills itself with SIGINT.
import atexit
import signal
import sys

atexit.register(lambda: sys.stderr.write("atexit ran before SIGINT\n"))
print("buffered output survives")
signal.raise_signal(signal.SIGINT)
print("not reached")
