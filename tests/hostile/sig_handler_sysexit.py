# sys.exit from a signal handler that fires in a busy loop: status and
# message as from anywhere else; atexit still runs first.
import atexit
import signal
import sys

atexit.register(print, "atexit runs")
def leave(signum, frame):
    sys.exit(4)
signal.signal(signal.SIGALRM, leave)
signal.alarm(1)
while True:
    pass
