# SIGINT sent to ourselves inside a loop: KeyboardInterrupt, traceback,
# and the process dies by SIGINT (status 130 in a shell).
import os
import signal

n = 0
while True:
    n += 1
    if n == 500:
        os.kill(os.getpid(), signal.SIGINT)
