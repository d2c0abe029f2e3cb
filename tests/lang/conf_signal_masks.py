# signal.setitimer/getitimer and ItimerError, pthread_sigmask, sigpending,
# siginterrupt: a blocked signal stays pending and runs when unblocked.
import signal
print(signal.getitimer(signal.ITIMER_REAL), signal.setitimer(signal.ITIMER_REAL, 0), issubclass(signal.ItimerError, OSError), signal.ItimerError.__module__)
try: signal.setitimer(-1, 0)
except signal.ItimerError as e: print(type(e).__name__, e.errno)
old = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
print(old, signal.pthread_sigmask(signal.SIG_BLOCK, []))
import os
got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
os.kill(os.getpid(), signal.SIGUSR1)
print(signal.sigpending(), got)
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1])
print(got, signal.sigpending())
signal.siginterrupt(signal.SIGUSR1, False)
try: signal.pthread_sigmask(99, [])
except OSError as e: print(type(e).__name__, e)
try: signal.pthread_sigmask(signal.SIG_BLOCK, [0])
except ValueError as e: print(type(e).__name__, e)
