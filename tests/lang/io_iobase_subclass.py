# The io ABCs' inherited methods on Python subclasses: readline through
# read/peek, iteration, readlines, writelines, close/flush, the checks.
import io

class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.log = []
    def readable(self):
        return True
    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + min(len(b), 3)]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        self.log.append(len(b))
        return len(chunk)

r = Raw(b'first line\nsecond\nlast')
print(r.readline(), r.readline(3), r.read(2), r.read())
r = Raw(b'a\nbb\nccc')
print(list(r), r.log[:4])
r = Raw(b'one\ntwo\nthree\n')
print(r.readlines(), Raw(b'x\ny\nz\n').readlines(2))
print(Raw(b'all of it').readall(), Raw(b'').read())
print(r.seekable(), r.writable(), r.readable(), r.isatty())

class Peeker(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data
        self.calls = []
    def peek(self, n=0):
        self.calls.append('peek')
        return self.data[:5]
    def read(self, n=-1):
        self.calls.append(('read', n))
        out, self.data = self.data[:n], self.data[n:]
        return out
p = Peeker(b'abc\ndefghij\nk')
print(p.readline(), p.readline(), p.readline(), p.calls[:6])
buf = bytearray(4)
print(Peeker(b'xyzw123').readinto(buf), buf)

class Sink(io.IOBase):
    def __init__(self):
        self.parts = []
        self.flushed = 0
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        self.flushed += 1
        super().flush()
s = Sink()
s.writelines(['a', 'b', 'c'])
print(s.parts, s.closed)
with s as same:
    print(same is s)
print(s.closed, s.flushed)
s.close()
print(s.flushed)
for op in (lambda: s.writelines(['x']), lambda: iter(s), lambda: s.flush(), s._checkClosed,
           lambda: s.__enter__(), s.isatty):
    try:
        op()
        print('no error')
    except ValueError as e:
        print('ValueError', e)

base = io.IOBase()
for name in ('seek', 'tell', 'truncate', 'fileno', '_checkSeekable', '_checkReadable',
             '_checkWritable'):
    try:
        getattr(base, name)()
        print(name, 'no error')
    except Exception as e:
        print(name, type(e).__name__, e)
try:
    base._checkReadable()
except io.UnsupportedOperation as e:
    print('bases', e, isinstance(e, OSError), isinstance(e, ValueError))
try:
    base._checkReadable('custom message')
except TypeError as e:
    print('TypeError', e)
print(base.readable(), base.writable(), base.seekable(), base.closed)
for cls, name in ((io.BufferedIOBase, 'read'), (io.BufferedIOBase, 'read1'),
                  (io.BufferedIOBase, 'write'), (io.BufferedIOBase, 'detach'),
                  (io.TextIOBase, 'read'), (io.TextIOBase, 'readline'),
                  (io.TextIOBase, 'write'), (io.TextIOBase, 'detach')):
    try:
        getattr(cls(), name)(*(['x'] if name == 'write' else []))
    except io.UnsupportedOperation as e:
        print(cls.__name__, name, 'UnsupportedOperation', e)
print(io.TextIOBase().encoding, io.TextIOBase().newlines, io.TextIOBase().errors)
try:
    io.RawIOBase().readinto(bytearray(1))
except NotImplementedError as e:
    print('NotImplementedError', e)
try:
    io.RawIOBase().write(b'x')
except NotImplementedError as e:
    print('NotImplementedError', e)

class Flaky(io.IOBase):
    def flush(self):
        raise RuntimeError('flush failed')
f = Flaky()
try:
    f.close()
except RuntimeError as e:
    print('RuntimeError', e, f.closed)
print(io.IOBase.__name__, io.IOBase.__mro__[1].__name__, io.DEFAULT_BUFFER_SIZE)
