# signal.alarm with a handler that raises, during a busy loop with no
# calls: the loop's back edge is the safe point; the error is uncaught.
import signal

def handler(signum, frame):
    raise TimeoutError("alarm %d fired" % signum)

signal.signal(signal.SIGALRM, handler)
signal.alarm(1)
n = 0
while True:
    n += 1
