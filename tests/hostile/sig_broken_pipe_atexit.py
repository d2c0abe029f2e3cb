# atexit callbacks run before the failing flush; nothing written: fine.
import atexit
import os
import sys

atexit.register(lambda: sys.stderr.write("atexit first\n"))
r, w = os.pipe()
os.dup2(w, 1)
os.close(r)
os.close(w)
sys.stderr.write("no stdout output at all\n")
