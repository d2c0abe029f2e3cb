import io, os
print(io.open is open, io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
for cls, base in [(io.FileIO, io.RawIOBase), (io.BytesIO, io.BufferedIOBase), (io.StringIO, io.TextIOBase),
                  (io.TextIOWrapper, io.TextIOBase), (io.BufferedReader, io.BufferedIOBase),
                  (io.BufferedWriter, io.BufferedIOBase), (io.BufferedRandom, io.BufferedIOBase),
                  (io.BufferedRWPair, io.BufferedIOBase), (io.StringIO, io.BufferedIOBase)]:
    print(cls.__name__, base.__name__, issubclass(cls, base), issubclass(cls, io.IOBase))
fn = '/tmp/krait_io_module_%d.txt' % os.getpid()
with open(fn, 'w') as f:
    print(isinstance(f, io.TextIOBase), isinstance(f, io.IOBase), isinstance(f.buffer, io.BufferedWriter),
          isinstance(f.buffer.raw, io.RawIOBase))
    f.write('abc\n')
with io.open(fn, 'rb') as f:
    print(isinstance(f, io.BufferedIOBase), f.read())
print(io.UnsupportedOperation.__module__, issubclass(io.UnsupportedOperation, OSError))
print(io.text_encoding(None), io.text_encoding('utf-8'))
class Upper(io.TextIOBase):
    def __init__(self):
        self.parts = []
    def writable(self):
        return True
    def write(self, s):
        self.parts.append(s.upper())
        return len(s)
u = Upper()
print(u.write('quiet'), u.parts, u.readable(), u.closed)
u.close()
print(u.closed)
try:
    u.write('x') if u.closed and False else io.TextIOBase.read(u)
except Exception as e:
    print(type(e).__name__, e)
class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
r = io.BufferedReader(Raw(b'line1\nline2\n'))
print(r.readline(), r.read())
print(Raw(b'xyz').read(), Raw(b'xyz').readall())
w = io.TextIOWrapper(io.BytesIO(), encoding='utf-16-le')
w.write('hé')
w.flush()
print(w.buffer.getvalue())
s = io.StringIO()
print('to stringio', 1, 2, file=s)
print(repr(s.getvalue()))
os.unlink(fn)
