# Python handlers for other signals: called with the signal number, may
# exit through sys.exit, and run finally blocks on the way out.
import os
import signal
import sys

calls = []
def on_usr1(signum, frame):
    calls.append(("usr1", signum == signal.SIGUSR1))
def on_usr2(signum, frame):
    calls.append("usr2")
    raise LookupError("from usr2")

print(signal.getsignal(signal.SIGUSR1))
signal.signal(signal.SIGUSR1, on_usr1)
signal.signal(signal.SIGUSR2, on_usr2)
os.kill(os.getpid(), signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR1)
try:
    try:
        os.kill(os.getpid(), signal.SIGUSR2)
    finally:
        calls.append("finally")
except LookupError as e:
    print("caught", e)
print(calls)

prev = signal.signal(signal.SIGUSR1, signal.SIG_IGN)
print(prev is on_usr1, signal.getsignal(signal.SIGUSR1) == signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)

def leave(signum, frame):
    sys.exit("left from a handler")
signal.signal(signal.SIGUSR2, leave)
try:
    signal.raise_signal(signal.SIGUSR2)
except SystemExit as e:
    print("SystemExit", e.code)
for bad in [signal.SIGKILL, 0, 1000]:
    try:
        signal.signal(bad, on_usr1)
    except Exception as e:
        print(type(e).__name__, e)
