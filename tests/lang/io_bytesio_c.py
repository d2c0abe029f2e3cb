# io.BytesIO: positions, gaps, getbuffer, readinto, state, subclasses, errors.
import copy
import io
import pickle

b = io.BytesIO(b'hello world')
print(b.read(5), b.tell(), b.read(), b.read(), b.tell())
print(b.seek(20), b.write(b'!'), b.getvalue())
print(b.seek(-3, 2), b.read(), b.seek(-100, 1), b.seek(2, 1), b.tell())
print(b.truncate(4), b.getvalue(), b.tell(), b.truncate(), b.getvalue())
b.seek(0)
print(b.write(bytearray(b'AB')), b.write(memoryview(b'CD')), b.getvalue())

lines = io.BytesIO(b'one\ntwo\n\nthree')
print(lines.readline(), lines.readline(2), lines.readline(-1), lines.readline(None))
lines.seek(0)
print(list(lines), lines.readline())
lines.seek(0)
print(lines.readlines(), io.BytesIO(b'a\nb\nc\n').readlines(2), io.BytesIO(b'x\n').readlines(None))
print(io.BytesIO(b'abc').read1(2), io.BytesIO(b'abc').read(None))

buf = bytearray(4)
r = io.BytesIO(b'xy')
print(r.readinto(buf), buf, r.readinto(buf), buf)
mv = memoryview(bytearray(3))
print(io.BytesIO(b'12345').readinto(mv), bytes(mv))

g = io.BytesIO(b'view me')
view = g.getbuffer()
print(bytes(view), len(view))
view[0] = ord('V')
print(g.getvalue())
del view

print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed, b.flush())
w = io.BytesIO()
w.writelines([b'a', bytearray(b'b'), b'c'])
print(w.getvalue(), io.BytesIO(None).getvalue(), io.BytesIO(initial_bytes=b'kw').getvalue())

for bad in [lambda: io.BytesIO('str'), lambda: io.BytesIO(3), lambda: io.BytesIO().write('s'),
            lambda: io.BytesIO().write(None), lambda: io.BytesIO().seek(-1),
            lambda: io.BytesIO().seek(0, 5), lambda: io.BytesIO().seek('a'),
            lambda: io.BytesIO().truncate(-2), lambda: io.BytesIO().read('x'),
            lambda: io.BytesIO().readline(1.5), lambda: io.BytesIO().fileno(),
            lambda: io.BytesIO().detach(), lambda: io.BytesIO(x=1)]:
    try:
        bad()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)

c = io.BytesIO(b'data')
c.close()
c.close()
print(c.closed)
for op in (c.getvalue, c.read, c.readline, c.tell, c.readable, c.flush, c.getbuffer,
           lambda: c.write(b'x'), lambda: c.seek(0), lambda: next(c), lambda: iter(c),
           lambda: c.truncate(0), c.isatty):
    try:
        op()
        print('no error')
    except ValueError as e:
        print('ValueError', e)
with io.BytesIO(b'ctx') as m:
    print(m.read())
print(m.closed)

s = io.BytesIO(b'state')
s.seek(2)
s.tag = 'kept'
print(s.__getstate__())
d = copy.deepcopy(s)
print(d.getvalue(), d.tell(), d.tag)
p = pickle.loads(pickle.dumps(s))
print(p.getvalue(), p.tell(), p.tag)
print(pickle.loads(pickle.dumps([1, 'two', b'three', (4.0,)])))

class Counting(io.BytesIO):
    def __init__(self, *a):
        super().__init__(*a)
        self.writes = 0
    def write(self, data):
        self.writes += 1
        return super().write(data)
k = Counting(b'init')
k.seek(0, 2)
k.write(b'+more')
k.writelines([b'1', b'2'])
print(k.getvalue(), k.writes, isinstance(k, io.BufferedIOBase), isinstance(k, io.IOBase))
print(type(k).__mro__[1].__name__, type(k).__mro__[2].__name__)
