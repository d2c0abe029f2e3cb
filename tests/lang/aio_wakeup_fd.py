# signal.set_wakeup_fd: the C handler writes the signal number to the fd,
# which is how an event loop blocked in select/epoll learns of a signal.
import os
import signal
import socket
import select

def report(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', r)
        return r
    except Exception as e:
        print(type(e).__name__, e)

got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))

r, w = os.pipe()
# a blocking fd is refused
report(signal.set_wakeup_fd, w)
os.set_blocking(w, False)
print('old', signal.set_wakeup_fd(w))
print('old again', signal.set_wakeup_fd(w) == w)

os.kill(os.getpid(), signal.SIGUSR1)
print('handler ran', got)
data = os.read(r, 10)
print('wakeup bytes', list(data))

# two signals, two bytes, in order
signal.signal(signal.SIGUSR2, lambda s, f: got.append(s))
signal.raise_signal(signal.SIGUSR2)
signal.raise_signal(signal.SIGUSR1)
print('bytes', list(os.read(r, 10)), got)

# select() sees the pipe readable after a signal
signal.raise_signal(signal.SIGUSR1)
rl, _, _ = select.select([r], [], [], 1.0)
print('select readable', rl == [r])
os.read(r, 10)

# -1 turns it off and returns the previous fd
print('off', signal.set_wakeup_fd(-1) == w)
signal.raise_signal(signal.SIGUSR1)
os.set_blocking(r, False)
try:
    os.read(r, 10)
    print('unexpected data')
except BlockingIOError:
    print('no byte written when off')

# a socket works too (asyncio uses a socketpair)
a, b = socket.socketpair()
a.setblocking(False)
b.setblocking(False)
signal.set_wakeup_fd(b.fileno())
signal.raise_signal(signal.SIGUSR2)
print('socket byte', list(a.recv(10)))
signal.set_wakeup_fd(-1)
a.close(); b.close()

# argument errors
report(signal.set_wakeup_fd, 'x')
report(signal.set_wakeup_fd)
report(signal.set_wakeup_fd, 1, 2)
report(signal.set_wakeup_fd, -1, warn_on_full_buffer=False)
report(signal.set_wakeup_fd, -1, bogus=1)
os.close(w)
report(signal.set_wakeup_fd, w)
os.close(r)

# only the main thread
import threading
def other():
    report(signal.set_wakeup_fd, -1)
    report(signal.signal, signal.SIGUSR1, signal.SIG_DFL)
t = threading.Thread(target=other)
t.start(); t.join()
print('done')
