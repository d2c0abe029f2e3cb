# A full wake-up pipe: with warn_on_full_buffer (the default) the failed
# write is reported as an unraisable BlockingIOError once the handlers
# run; with warn_on_full_buffer=False it is silent.
import os
import signal
import sys

got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
r, w = os.pipe()
os.set_blocking(w, False)
# fill the pipe
n = 0
try:
    while True:
        n += os.write(w, b'x' * 4096)
except BlockingIOError:
    pass
print('filled', n > 0)

signal.set_wakeup_fd(w, warn_on_full_buffer=False)
signal.raise_signal(signal.SIGUSR1)
print('quiet', got)
sys.stdout.flush()

signal.set_wakeup_fd(w)
signal.raise_signal(signal.SIGUSR1)
print('handlers ran', got)
sys.stdout.flush()
signal.set_wakeup_fd(-1)
