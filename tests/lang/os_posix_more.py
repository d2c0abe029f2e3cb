import posix
base = '/tmp/krait_os_posix_more_%d' % posix.getpid()
posix.mkdir(base)
fn = base + '/f'
fd = posix.open(fn, posix.O_CREAT | posix.O_WRONLY, 0o644)
posix.fchmod(fd, 0o600)
posix.fdatasync(fd)
posix.fchown(fd, posix.getuid(), posix.getgid())
posix.close(fd)
print(oct(posix.stat(fn).st_mode & 0o777))
posix.utime(fn, (1000000000, 1100000000))
st = posix.stat(fn)
print(st.st_atime, st.st_mtime, st[7], st[8])
posix.utime(fn, ns=(1500000000123456789, 1600000000987654321))
st = posix.stat(fn)
print(st.st_atime_ns, st.st_mtime_ns)
posix.utime(fn, (1.5, 2.25))
print(posix.stat(fn).st_mtime)
posix.utime(fn)
print(posix.stat(fn).st_mtime > 1600000000)
for args, kw in [((fn, (1,)), {}), ((fn, (1, 2)), {'ns': (1, 2)}), ((fn,), {'ns': (1,)}), ((fn, 5), {}),
                 ((base + '/nope', None), {})]:
    try:
        posix.utime(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
posix.chown(fn, -1, -1)
posix.lchown(fn, posix.getuid(), -1)
posix.mkfifo(base + '/fifo', 0o600)
print(posix.stat(base + '/fifo').st_mode >> 12)
try:
    posix.mkfifo(base + '/fifo')
except FileExistsError as e:
    print('FileExistsError', e.errno)
d = posix.makedev(8, 1)
print(d, posix.major(d), posix.minor(d))
print(type(posix.getgroups()).__name__, type(posix.getpgrp()).__name__)
print(len(posix.getloadavg()))
r, w = posix.pipe()
try:
    posix.ttyname(r)
except OSError as e:
    print(type(e).__name__, e.errno)
posix.close(r)
posix.close(w)
print(posix.waitstatus_to_exitcode(posix.system('exit 3')))
try:
    print(posix.system(b'true'))
except TypeError as e:
    print('TypeError', e)
pid = posix.fork()
if pid == 0:
    posix._exit(7)
wpid, status = posix.waitpid(pid, 0)
print(wpid == pid, posix.WIFEXITED(status), posix.WEXITSTATUS(status))
pid = posix.fork()
if pid == 0:
    posix.execv('/bin/sh', ['sh', '-c', 'exit 5'])
print(posix.waitstatus_to_exitcode(posix.waitpid(pid, 0)[1]))
pid = posix.fork()
if pid == 0:
    posix.execve('/bin/sh', ['sh', '-c', 'exit $CODE'], {'CODE': '9'})
print(posix.waitstatus_to_exitcode(posix.waitpid(pid, 0)[1]))
for args in [('/bin/true', []), ('/bin/true', 'x'), ('/bin/true', [''])]:
    try:
        posix.execv(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    posix.execv('/nonexistent/prog', ['x'])
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
posix.unlink(base + '/fifo')
posix.unlink(fn)
posix.rmdir(base)
