# A KeyboardInterrupt that is caught is not an interrupted exit: the
# status is the program's own.
import signal
import sys

try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    sys.stderr.write("caught it\n")
sys.exit(0)
