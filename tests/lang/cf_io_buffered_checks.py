# The C buffered objects check what the raw stream answers (a negative
# position, a write length out of range), refuse to work uninitialized or
# after a failed __init__, and a reader cannot truncate.
import io

class Raw(io.RawIOBase):
    def __init__(self, data=b''):
        self.data = bytearray(data)
        self.pos = 0
        self.written = []
    def readable(self): return True
    def writable(self): return True
    def seekable(self): return True
    def readinto(self, buf):
        n = min(len(buf), len(self.data) - self.pos)
        buf[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
    def write(self, b):
        self.written.append(bytes(b))
        return len(b)
    def seek(self, pos, whence=0):
        self.pos = pos
        return pos
    def tell(self):
        return self.pos

class Misbehaved(Raw):
    def write(self, b):
        super().write(b)
        return len(b) * 2
    def seek(self, pos, whence=0):
        return -123
    def tell(self):
        return -456

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

for tp in (io.BufferedReader, io.BufferedWriter, io.BufferedRandom):
    print('--', tp.__name__)
    b = tp(Misbehaved(b'abcdef'))
    attempt('seek', lambda: b.seek(0))
    attempt('tell', lambda: b.tell())
    if tp is not io.BufferedReader:
        small = tp(Misbehaved(b''), 5)
        attempt('write long', lambda: small.write(b'abcdefgh'))
        small2 = tp(Misbehaved(b''), 5)
        attempt('write+flush', lambda: (small2.write(b'abc'), small2.flush()))
        small.close = small2.close = lambda: None
    b.close = lambda: None

    fresh = tp.__new__(tp)
    attempt('uninit read', lambda: fresh.read(0))
    attempt('uninit write', lambda: fresh.write(b''))
    attempt('uninit tell', lambda: fresh.tell())
    fresh.__init__(Raw(b'xyz'))
    attempt('after init read', lambda: fresh.read(0) if tp is not io.BufferedWriter else 'skip')

    ok = tp(Raw(b'abc'))
    for size in (0, -16, -1):
        attempt('init size %d' % size, lambda: ok.__init__(Raw(b'abc'), buffer_size=size))
        attempt('then read', lambda: ok.read())
        attempt('then write', lambda: ok.write(b'x'))

r = io.BufferedReader(Raw(b'data'))
attempt('reader truncate', lambda: r.truncate())
attempt('reader truncate 0', lambda: r.truncate(0))
w = io.BufferedRandom(Raw(b'data'))
attempt('random seek', lambda: w.seek(2))
attempt('random tell', lambda: w.tell())
attempt('random write', lambda: w.write(b'zz'))
r.close()
attempt('closed truncate', lambda: r.truncate())
