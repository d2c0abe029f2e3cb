import _signal as signal, posix
print(signal.SIGINT, signal.SIGTERM, signal.SIGUSR1, signal.SIG_DFL, signal.SIG_IGN, signal.NSIG)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGUSR1), signal.getsignal(signal.SIGPIPE))
got = []
def handler(signum, frame):
    got.append(signum)
print(signal.signal(signal.SIGUSR1, handler))
print(signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print(got)
posix.kill(posix.getpid(), signal.SIGUSR1)
print(got)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print(got, signal.getsignal(signal.SIGUSR1))
def boom(signum, frame):
    raise RuntimeError('from handler %d' % signum)
signal.signal(signal.SIGUSR2, boom)
try:
    signal.raise_signal(signal.SIGUSR2)
except RuntimeError as e:
    print('RuntimeError', e)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)
for args in [(0, handler), (99, handler), (signal.SIGUSR1, 'x'), (signal.SIGKILL, handler), (signal.SIGSTOP, signal.SIG_IGN)]:
    try:
        signal.signal(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM))
print(signal.alarm(0))
print(signal.set_wakeup_fd(-1))
v = signal.valid_signals()
print(type(v).__name__, signal.SIGINT in v, 0 in v)
