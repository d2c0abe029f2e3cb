# stdout is a pipe whose reader is gone: the flush at exit fails, is
# reported as "Exception ignored ... BrokenPipeError", and the status is 120.
import os

r, w = os.pipe()
os.dup2(w, 1)
os.close(r)
os.close(w)
print("lost")
