# An uncaught exception with unflushable stdout: traceback, then the
# flush failure, status 120.
import os

r, w = os.pipe()
os.dup2(w, 1)
os.close(r)
os.close(w)
print("lost")
raise ValueError("after print")
