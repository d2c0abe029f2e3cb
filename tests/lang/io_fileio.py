import _io, posix
fn = '/tmp/krait_io_fileio.bin'
f = _io.FileIO(fn, 'w')
print(repr(f), f.mode, f.name == fn, f.closefd, f.readable(), f.writable(), f.seekable())
print(f.write(b'hello'), f.write(bytearray(b' there')), f.tell())
f.close()
print(repr(f), f.closed)
f = _io.FileIO(fn)
print(f.mode, f.read(3), f.readall(), f.read(), f.seek(1), f.read(2), f.tell())
b = bytearray(3)
f.seek(0)
print(f.readinto(b), b, f.fileno() > 2, f.isatty())
f.close()
f = _io.FileIO(fn, 'r+')
print(f.mode, f.read(1), f.write(b'E'), f.seek(0), f.read())
print(f.truncate(3), f.seek(0, 2))
f.close()
f = _io.FileIO(fn, 'a')
print(f.mode, f.tell(), f.write(b'+'))
f.close()
for mode in ['x', 'w+', 'a+', 'rb', 'wb', 'xb+']:
    try:
        f = _io.FileIO(fn, mode)
        print(mode, f.mode)
        f.close()
    except OSError as e:
        print(mode, type(e).__name__, e.errno)
fd = posix.open(fn, posix.O_RDONLY)
f = _io.FileIO(fd, closefd=False)
print(repr(f).startswith('<_io.FileIO name=%d' % fd), f.read())
f.close()
print(posix.read(fd, 2))
posix.close(fd)
def t(*a, **k):
    try:
        f = _io.FileIO(*a, **k)
        print('ok', f.mode)
        f.close()
    except Exception as e:
        print(type(e).__name__, e)
t(fn, 'rw')
t(fn, 'q')
t(fn, 'r++')
t(fn, '')
t(fn, 'rt')
t(-3)
t(fn, closefd=False)
t(1.5)
t('/tmp')
t('/nonexistent/x')
f = _io.FileIO(fn, 'r')
try:
    f.write(b'x')
except Exception as e:
    print(type(e).__name__, e)
f.close()
f = _io.FileIO(fn, 'w')
try:
    f.read()
except Exception as e:
    print(type(e).__name__, e)
f.close()
def opener(path, flags):
    print('opener called', path == fn, flags & posix.O_WRONLY == posix.O_WRONLY)
    return posix.open(path, flags)
f = _io.FileIO(fn, 'w', opener=opener)
f.close()
posix.unlink(fn)
