# sys.exit runs the callbacks; the exit status is SystemExit's.
import atexit
import sys

def bye():
    sys.stderr.write("bye from atexit\n")

atexit.register(bye)
print("exiting")
sys.exit(3)
