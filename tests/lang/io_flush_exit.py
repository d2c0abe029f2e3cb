# files written and never closed: flushed before the next open and at exit
import posix
fn = '/tmp/krait_io_flush_exit_%d.txt' % posix.getpid()
open(fn, 'w').write('written without close\n')
print(open(fn).read(), end='')
f = open(fn, 'a')
f.write('appended\n')
f.close()
print(open(fn).read(), end='')
open(fn, 'wb').write(b'binary, not closed\n')
with open(fn, 'rb') as g:
    print(g.read())
posix.unlink(fn)
