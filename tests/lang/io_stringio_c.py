# io.StringIO: positions, gaps, truncation, errors, state, subclasses.
import copy
import io
import pickle

s = io.StringIO()
print(s.write('hello'), s.tell(), repr(s.getvalue()))
s.seek(10)
print(s.write('X'), repr(s.getvalue()), s.tell())
s.seek(2)
print(s.write('LL'), repr(s.getvalue()))
print(s.seek(0, 2), s.seek(0, 1), s.seek(0))
print(repr(s.read(3)), repr(s.read(0)), repr(s.read(None)), repr(s.read()))
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(1)
print(s.truncate(), repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.line_buffering, s.newlines, s.closed)
print(s.encoding, s.errors, s.isatty())

t = io.StringIO('\u00e9\u20ac\U0001f600 wide\nline two\n')
print(t.readline(), end='')
print(repr(t.readline(4)), repr(t.readline(-1)), repr(t.readline()))
t.seek(0)
print(t.readlines(), t.tell())
t.seek(0)
print(t.readlines(3))
print(list(io.StringIO('a\nb\n\nc')))
print(io.StringIO('abc').read(100), io.StringIO(None).getvalue() == '')

for bad in [lambda: io.StringIO(b'x'), lambda: io.StringIO(3), lambda: io.StringIO('', 3),
            lambda: io.StringIO('', 'x'), lambda: io.StringIO('', newline='\n\r'),
            lambda: io.StringIO().write(b'x'), lambda: io.StringIO().write(None),
            lambda: io.StringIO().seek(-1), lambda: io.StringIO().seek(1, 1),
            lambda: io.StringIO().seek(0, 3), lambda: io.StringIO().seek('x'),
            lambda: io.StringIO().truncate(-1), lambda: io.StringIO().read('x'),
            lambda: io.StringIO().readline(2.5), lambda: io.StringIO().detach(),
            lambda: io.StringIO().fileno(), lambda: io.StringIO(foo=1)]:
    try:
        bad()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)

c = io.StringIO('closed')
c.close()
c.close()
print(c.closed)
for op in (c.getvalue, c.read, c.readline, c.tell, c.readable, lambda: c.write('x'),
           lambda: c.seek(0), lambda: next(c), lambda: c.line_buffering, lambda: c.newlines,
           lambda: iter(c), c.flush):
    try:
        op()
        print('no error')
    except ValueError as e:
        print('ValueError', e)
with io.StringIO('ctx') as w:
    print(w.read())
print(w.closed)

st = io.StringIO('state\nx', newline='')
st.seek(3)
st.extra = 1
print(st.__getstate__())
d = copy.deepcopy(st)
print(repr(d.getvalue()), d.tell(), d.extra)
p = pickle.loads(pickle.dumps(st))
print(repr(p.getvalue()), p.tell(), p.extra, type(p).__name__)

class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
    def readline(self, size=-1):
        line = super().readline(size)
        return line.replace('A', '@')
u = Upper()
print(u, file=u) if False else None
u.write('abc\n')
u.writelines(['def\n', 'a line\n'])
print(repr(u.getvalue()))
u.seek(0)
print(list(u))
print(isinstance(u, io.StringIO), isinstance(u, io.TextIOBase), isinstance(u, io.IOBase))
print(io.StringIO.__mro__[1:] == (io._io._TextIOBase, io._io._IOBase, object) if hasattr(io, '_io') else True)
class BadLine(io.StringIO):
    def readline(self, size=-1):
        return 42
try:
    next(BadLine('x'))
except TypeError as e:
    print('TypeError', e)
un = io.StringIO.__new__(io.StringIO)
try:
    un.read()
except ValueError as e:
    print('ValueError', e)
