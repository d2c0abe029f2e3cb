# SIG_IGN for SIGINT: the signal is dropped and the program goes on.
import os
import signal
import sys

signal.signal(signal.SIGINT, signal.SIG_IGN)
for i in range(3):
    os.kill(os.getpid(), signal.SIGINT)
sys.stderr.write("still alive\n")
