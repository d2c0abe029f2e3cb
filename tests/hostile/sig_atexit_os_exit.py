# os._exit skips the callbacks (and buffered stdout): status only.
import atexit
import os
import sys

atexit.register(lambda: sys.stderr.write("must not run\n"))
sys.stderr.write("last line before os._exit\n")
sys.stderr.flush()
os._exit(5)
