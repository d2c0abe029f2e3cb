# The buffered classes over in-memory and custom raw streams: read-ahead
# given back before writes, peek/read1, detach, subclass overrides, errors.
import io

rw = io.BufferedRandom(io.BytesIO(b'0123456789abcdef'), 4)
print(rw.read(3), rw.tell(), rw.peek()[:1], rw.write(b'XY'), rw.tell())
rw.seek(0)
print(rw.read(), rw.tell(), rw.raw.getvalue())
print(rw.seek(-2, 2), rw.read1(5), rw.read1(0), rw.read(), rw.read(), rw.read1())
print(rw.seek(4), rw.truncate(), rw.tell(), rw.raw.getvalue(), rw.truncate(2), rw.raw.getvalue())
rw.write(b'tail')
print(rw.tell(), rw.raw.getvalue())
rw.flush()
print(rw.raw.getvalue(), hasattr(rw, 'buffer_size'), rw.readable(), rw.writable(), rw.seekable())

r = io.BufferedReader(io.BytesIO(b'line1\nline2\nlast'), 3)
print(r.readline(), r.peek(1)[:1], r.readline(3), r.readline(), r.readline(), r.readline())
r.seek(0)
print(list(r), r.read(), r.tell())
r.seek(0)
print(r.read(-1), r.read(0))
for bad in (lambda: r.read(-2), lambda: r.read('x'), lambda: r.write(b'x'), lambda: r.seek(0, 3),
            lambda: r.seek('x'), lambda: r.readline(1.5)):
    try:
        bad()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
print(r.writable(), r.flush())
raw = r.detach()
print(type(raw).__name__, r.raw)
for op in (r.read, r.tell, r.readable, r.fileno, lambda: r.closed, r.flush, r.close):
    try:
        op()
        print('no error')
    except ValueError as e:
        print('ValueError', e)
print(repr(r))

w = io.BufferedWriter(io.BytesIO())
print(repr(w), w.write(b'abc'), w.raw.getvalue(), w.tell())
w.flush()
print(w.raw.getvalue(), w.readable())
for bad in (lambda: w.read(), lambda: w.peek(), lambda: w.readline(), lambda: w.read1(),
            lambda: w.write('str'), lambda: w.write(5)):
    try:
        bad()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
w.close()
for op in (lambda: w.write(b'x'), w.flush, w.tell, lambda: w.seek(0)):
    try:
        op()
        print('no error')
    except ValueError as e:
        print('ValueError', e)
print(w.closed, repr(w))

class Slow(io.RawIOBase):
    def __init__(self, data):
        self.data, self.reads = data, []
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), 2, len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        self.reads.append(len(b))
        return n
s = io.BufferedReader(Slow(b'abcdefgh'), 5)
print(s.read(5), s.read(), s.raw.reads[-1:])

class Counting(io.BufferedReader):
    def read1(self, n=-1):
        self.n = getattr(self, 'n', 0) + 1
        return super().read1(n)
c = Counting(io.BytesIO(b'x\ny\n' * 3))
t = io.TextIOWrapper(c, encoding='ascii')
print(t.read(), getattr(c, 'n', 0) >= 0, repr(c)[:17])
class NamedRaw(io.BytesIO):
    name = 'nm'
print(repr(io.BufferedReader(NamedRaw())), io.BufferedReader(NamedRaw()).name)
try:
    io.BufferedReader(io.BytesIO(), buffer_size=0)
except ValueError as e:
    print('ValueError', e)
try:
    io.BufferedWriter()
except TypeError as e:
    print('TypeError', e)
