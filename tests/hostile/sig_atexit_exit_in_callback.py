# sys.exit inside a callback is just reported (SystemExit is not special
# there); the program's own status is kept.
import atexit
import sys

def leave():
    sys.exit(7)
atexit.register(leave)
sys.exit(2)
