import posix
fn = '/tmp/krait_io_closed_%d.txt' % posix.getpid()
def t(f, *a):
    try:
        r = f(*a)
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)
open(fn, 'w').close()
f = open(fn)
f.close()
f.close()
print(f.closed)
for name in ['read', 'readline', 'readlines', 'tell', 'seekable', 'readable', 'writable', 'flush', '__next__', '__iter__', '__enter__', 'fileno', 'isatty']:
    print(name, end=' ')
    t(getattr(f, name))
t(f.write, 'x')
t(f.seek, 0)
f = open(fn, 'rb')
f.close()
for name in ['read', 'readline', 'peek', 'read1', 'tell', 'flush', 'fileno', 'seekable']:
    print(name, end=' ')
    t(getattr(f, name))
t(f.seek, 0)
f = open(fn, 'wb')
f.close()
t(f.write, b'x')
f = open(fn, 'rb', buffering=0)
f.close()
for name in ['read', 'readall', 'tell', 'fileno', 'seekable', 'readable', 'writable', 'isatty']:
    print(name, end=' ')
    t(getattr(f, name))
t(f.write, b'x')
with open(fn) as g:
    pass
t(g.read)
posix.unlink(fn)
