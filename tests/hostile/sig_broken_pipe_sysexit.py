# The flush failure at exit wins over sys.exit's status.
import os
import sys

r, w = os.pipe()
os.dup2(w, 1)
os.close(r)
os.close(w)
print("lost")
sys.exit(3)
