# A signal handler that writes to the BufferedWriter the main program is
# writing to, then raises: the handler's exception must reach the program
# (CPython may instead raise RuntimeError "reentrant call inside ..." when
# the handler lands inside the write); it must never be lost, which left
# the program writing forever.
import io
import os
import signal

def check(mode, data, **kw):
    def on_alarm(*args):
        wio.write(data)
        1/0
    signal.signal(signal.SIGALRM, on_alarm)
    r, w = os.pipe()
    wio = io.open(w, mode, **kw)
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.05)
        try:
            while 1:
                for i in range(100):
                    wio.write(data)
                    wio.flush()
                os.read(r, len(data) * 100)
        except ZeroDivisionError as e:
            print(mode, 'handler raised:', e)
        except RuntimeError as e:
            print(mode, 'handler raised:', 'division by zero' if str(e).startswith('reentrant call') else e)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        try:
            wio.close()
        except (ZeroDivisionError, RuntimeError):
            pass
        os.close(r)

check('wb', b'xy')
check('w', 'xy', encoding='ascii')

# The writer left unclosed with data pending is still flushed at exit.
r, w = os.pipe()
f = io.open(w, 'wb', closefd=False)
f.write(b'pending')
f.flush()
print(os.read(r, 100))
f.write(b'again')
f.close()
print(os.read(r, 100))
os.close(r)
os.close(w)

# Re-entering write()/flush() of the same BufferedWriter from code it runs
# (a raw stream's write, as a signal handler landing inside it would).
class Raw(io.RawIOBase):
    def writable(self):
        return True
    def write(self, b):
        for call in (lambda: buf.write(b'again'), buf.flush):
            try:
                call()
            except RuntimeError as e:
                print('RuntimeError', e)
        return len(b)

buf = io.BufferedWriter(Raw(), 8)
print(buf.write(b'0123456789abc'))
print(buf.write(b'x'))
buf.flush()
print(buf.write(b'y'), 'after')
