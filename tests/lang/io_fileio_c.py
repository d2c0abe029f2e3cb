# io.FileIO directly: modes, opener, closefd, name, readinto, errors.
import io
import os
import pickle
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'raw.bin')
with io.FileIO(p, 'w') as f:
    print(repr(f) == "<_io.FileIO name=%r mode='wb' closefd=True>" % p, f.mode, f.closefd)
    print(f.write(b'hello'), f.write(bytearray(b' raw')), f.write(memoryview(b' world')), f.tell())
    print(f.readable(), f.writable(), f.seekable(), f.isatty(), f._blksize > 0)
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
for mode in ('r', 'rb', 'r+', 'a', 'a+', 'x', 'w+', 'wb+', 'ab'):
    target = os.path.join(d, 'x.bin') if mode == 'x' else p
    with io.FileIO(target, mode) as f:
        print(mode, f.mode, f.tell())
with io.FileIO(p) as f:
    b = bytearray(5)
    print(f.readinto(b), b, f.read(1), f.readall(), f.read(), f.read(3))
    m = memoryview(bytearray(4))
    f.seek(0)
    print(f.readinto(m), bytes(m), f.seek(-5, 2), f.read())
    try:
        f.write(b'x')
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
    try:
        f.seek(1.5)
    except TypeError as e:
        print('TypeError', e)
    try:
        pickle.dumps(f)
    except TypeError as e:
        print('TypeError', e)
    f.name = 'renamed'
    print(repr(f))
    del f.name
    print(repr(f).startswith('<_io.FileIO fd='))

calls = []
def opener(path, flags):
    calls.append((os.path.basename(path), flags & os.O_ACCMODE == os.O_RDONLY))
    return os.open(path, flags)
with io.FileIO(p, 'r', opener=opener) as f:
    print(calls, f.read(5))
for bad in (lambda: io.FileIO(p, opener=lambda p, f: 'x'), lambda: io.FileIO(p, opener=lambda p, f: -2),
            lambda: io.FileIO(p, 3), lambda: io.FileIO(p, 'rw'), lambda: io.FileIO(p, 'q'),
            lambda: io.FileIO(-1), lambda: io.FileIO(p, closefd=False), lambda: io.FileIO(d),
            lambda: io.FileIO(os.path.join(d, 'none', 'x')), lambda: io.FileIO(p + '\0'),
            lambda: io.FileIO(None), lambda: io.FileIO(p, 'rb', foo=1)):
    try:
        bad()
        print('no error')
    except Exception as e:
        print(type(e).__name__, str(e).replace(d, 'DIR'))

fd = os.open(p, os.O_RDONLY)
f = io.FileIO(fd, closefd=False)
print(f.name == fd, f.closefd, f.read(5))
f.close()
print(f.closed, repr(f), os.read(fd, 3))
g = io.FileIO(fd)
g.close()
try:
    os.read(fd, 1)
except OSError as e:
    print('fd closed', e.errno)
for op in (g.read, g.fileno, g.tell, g.readable, g.isatty, lambda: g.seek(0), g.readall):
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
g.close()

class Sub(io.FileIO):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = 'x'
s = Sub(p)
print(s.extra, s.read(2), isinstance(s, io.RawIOBase), s.name == p)
s.close()
br = io.BufferedReader(io.FileIO(p))
print(br.read(5), br.raw.mode)
br.close()
print(br.raw.closed)
