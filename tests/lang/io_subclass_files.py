# Python subclasses of the file classes: overrides are called by the
# layers above them.
import io
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'sub.txt')

class LoggingRaw(io.FileIO):
    log = []
    def write(self, b):
        LoggingRaw.log.append(('write', bytes(b)))
        return super().write(b)
    def readinto(self, b):
        n = super().readinto(b)
        LoggingRaw.log.append(('readinto', n))
        return n

raw = LoggingRaw(p, 'w')
buf = io.BufferedWriter(raw, 8)
text = io.TextIOWrapper(buf, encoding='utf-8')
text.write('hello\nworld\n')
text.flush()
text.close()
print(LoggingRaw.log, raw.closed)
LoggingRaw.log.clear()
with io.TextIOWrapper(io.BufferedReader(LoggingRaw(p, 'r')), encoding='utf-8') as t:
    print(t.read())
print(LoggingRaw.log[:2])

class Shouting(io.TextIOWrapper):
    def write(self, s):
        return super().write(s.upper())

with Shouting(io.BufferedWriter(io.FileIO(p, 'w')), encoding='utf-8') as s:
    print('via print', file=s)
    s.writelines(['a', 'b\n'])
with open(p) as f:
    print(repr(f.read()))

class Tracking(io.BufferedReader):
    def read(self, n=-1):
        data = super().read(n)
        self.reads = getattr(self, 'reads', 0) + 1
        return data
tr = Tracking(io.FileIO(p, 'r'))
print(tr.read(3), tr.reads, tr.readline(), isinstance(tr, io.BufferedReader))
tr.close()

class MyFileIO(io.FileIO):
    pass
m = MyFileIO(p, 'r')
print(type(m).__name__, m.read(2), m.mode, m.closefd, repr(m).startswith('<MyFileIO'))
m.close()
print(m.closed)
print(issubclass(MyFileIO, io.RawIOBase), issubclass(Shouting, io.TextIOBase),
      issubclass(Tracking, io.BufferedIOBase))

class Empty(io.TextIOWrapper):
    pass
e = Empty(io.BytesIO(b'x\ny\n'), encoding='ascii')
print(list(e), e.encoding)
