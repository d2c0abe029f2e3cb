# fcntl: descriptor flags, locks, errors
import fcntl, os, tempfile

r, w = os.pipe()
fl = fcntl.fcntl(r, fcntl.F_GETFL)
fcntl.fcntl(r, fcntl.F_SETFL, fl | os.O_NONBLOCK)
print(bool(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK))
try:
    os.read(r, 1)
except BlockingIOError as e:
    print('BlockingIOError', e.errno)
fcntl.fcntl(w, fcntl.F_SETFD, fcntl.FD_CLOEXEC)
print(fcntl.fcntl(w, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
d = fcntl.fcntl(r, fcntl.F_DUPFD, 100)
print(d >= 100)
os.close(d)

class F:
    def fileno(self):
        return r
print(fcntl.fcntl(F(), fcntl.F_GETFL) == fcntl.fcntl(r, fcntl.F_GETFL))
print(fcntl.fcntl(r, fcntl.F_GETFD, b'\0' * 8))
os.close(r); os.close(w)

with tempfile.TemporaryFile() as f:
    fcntl.flock(f, fcntl.LOCK_EX)
    fcntl.flock(f.fileno(), fcntl.LOCK_UN)
    fcntl.flock(f, fcntl.LOCK_SH | fcntl.LOCK_NB)
    fcntl.flock(f, fcntl.LOCK_UN)
    fcntl.lockf(f, fcntl.LOCK_EX)
    fcntl.lockf(f, fcntl.LOCK_UN)
    fcntl.lockf(f, fcntl.LOCK_SH | fcntl.LOCK_NB, 10, 0, 0)
    fcntl.lockf(f, fcntl.LOCK_UN, 10)
    print('locked and unlocked')

for call in [lambda: fcntl.fcntl(-1, 1), lambda: fcntl.fcntl('x', 1),
             lambda: fcntl.fcntl(0, fcntl.F_GETFD, b'x' * 2000), lambda: fcntl.lockf(0, 4), lambda: fcntl.lockf(0, 99),
             lambda: fcntl.flock(999, fcntl.LOCK_EX), lambda: fcntl.ioctl(0, 1, b'x' * 2000),
             lambda: fcntl.fcntl(0, 1, 1.5), lambda: fcntl.fcntl(999, fcntl.F_GETFD),
             lambda: fcntl.fcntl(0), lambda: fcntl.flock(0)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(fcntl.LOCK_SH, fcntl.LOCK_EX, fcntl.LOCK_NB, fcntl.LOCK_UN, fcntl.F_GETFL, fcntl.F_SETFL)
print(fcntl.F_GETFD, fcntl.F_SETFD, fcntl.FD_CLOEXEC, fcntl.F_SETLK, fcntl.F_SETLKW, fcntl.F_UNLCK)
print(fcntl.F_DUPFD_CLOEXEC, fcntl.F_GETPIPE_SZ, fcntl.F_OFD_SETLK, fcntl.F_SEAL_WRITE, fcntl.DN_MULTISHOT)
