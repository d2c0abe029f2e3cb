# signal: sigwait/sigwaitinfo/sigtimedwait on blocked signals, pause()
# woken by a timer, pthread_kill to this thread, set_wakeup_fd's checks
# and the byte written per signal, pthread_sigmask's argument checks.
import os
import signal
import threading

def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
        return r
    except Exception as e:
        print(type(e).__name__, e)

t(signal.pthread_sigmask, 1700, [])
t(signal.pthread_sigmask, signal.SIG_BLOCK, [0])
t(signal.pthread_sigmask, signal.SIG_BLOCK, [1 << 1000])
t(signal.pthread_sigmask, signal.SIG_BLOCK, [signal.NSIG])
t(signal.sigtimedwait, [signal.SIGUSR1], -1)

old = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1, signal.SIGUSR2])
print(signal.SIGUSR1 in signal.pthread_sigmask(signal.SIG_BLOCK, []))
os.kill(os.getpid(), signal.SIGUSR1)
print(signal.SIGUSR1 in signal.sigpending())
info = signal.sigtimedwait([signal.SIGUSR1], 1.0)
print(type(info).__name__, info.si_signo == signal.SIGUSR1, info.si_pid == os.getpid(),
      info.si_code, len(info))
print(t(signal.sigtimedwait, [signal.SIGUSR1], 0.01))
os.kill(os.getpid(), signal.SIGUSR2)
print(signal.sigwait([signal.SIGUSR1, signal.SIGUSR2]) == signal.SIGUSR2)
signal.pthread_kill(threading.get_ident(), signal.SIGUSR1)
print(signal.sigwaitinfo([signal.SIGUSR1]).si_signo == signal.SIGUSR1)
signal.pthread_sigmask(signal.SIG_SETMASK, old)
print(signal.struct_siginfo.__name__, signal.struct_siginfo.n_fields)

# pause() returns after the handler of the signal that woke it
got = []
signal.signal(signal.SIGALRM, lambda n, f: got.append(n))
signal.setitimer(signal.ITIMER_REAL, 0.05)
signal.pause()
print(got == [signal.SIGALRM])

# set_wakeup_fd: checks, then one byte per signal
r, w = os.pipe()
t(signal.set_wakeup_fd, w)       # blocking: refused
os.set_blocking(w, False)
print(signal.set_wakeup_fd(w))
bad = os.open(os.devnull, os.O_RDONLY)
os.close(bad)
try:
    signal.set_wakeup_fd(bad)
except OSError as e:
    print("OSError", e.errno)
signal.signal(signal.SIGUSR1, lambda n, f: got.append(n))
signal.raise_signal(signal.SIGUSR1)
print(list(os.read(r, 10)) == [signal.SIGUSR1], got[-1] == signal.SIGUSR1)
print(signal.set_wakeup_fd(-1) == w)

def in_thread():
    try:
        signal.set_wakeup_fd(-1)
    except ValueError as e:
        print("ValueError", e)
th = threading.Thread(target=in_thread)
th.start()
th.join()
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
