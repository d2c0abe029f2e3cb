import posix
r, w = posix.pipe()
wf = open(w, 'w')
print(wf.name == w, wf.mode, wf.fileno() == w)
wf.write('through a pipe\nsecond\n')
wf.close()
rf = open(r)
print(rf.readlines())
rf.close()
try:
    posix.close(r)
except OSError as e:
    print('already closed', e.errno)
r, w = posix.pipe()
f = open(w, 'wb', closefd=False)
f.write(b'kept')
f.close()
posix.write(w, b' open')
posix.close(w)
print(posix.read(r, 100))
posix.close(r)
fn = '/tmp/krait_io_open_fd_%d.txt' % posix.getpid()
fd = posix.open(fn, posix.O_CREAT | posix.O_RDWR)
with open(fd, 'r+', closefd=False) as f:
    f.write('x')
print(posix.lseek(fd, 0, 0), posix.read(fd, 10))
posix.close(fd)
class P:
    def __fspath__(self):
        return fn
with open(P()) as f:
    print(f.read(), f.name == fn)
posix.unlink(fn)
