import posix
base = '/tmp/krait_os_posix_stat_%d' % posix.getpid()
posix.mkdir(base)
fn = base + '/f.txt'
fd = posix.open(fn, posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o640)
posix.write(fd, b'x' * 1234)
posix.close(fd)
st = posix.stat(fn)
print(type(st).__name__, type(st).__module__, isinstance(st, tuple), len(st))
print(st.st_size, st[6], oct(st.st_mode & 0o777), st.st_mode >> 12, st.st_nlink)
print(st.st_uid == posix.getuid(), st.st_gid == posix.getgid())
print(type(st.st_mtime).__name__, type(st[8]).__name__, int(st.st_mtime) == st[8])
print(type(st.st_mtime_ns).__name__, st.st_mtime_ns // 10**9 == st[8])
print(st.st_blksize > 0, st.st_blocks >= 0, st.st_rdev)
print(st == tuple(st), st[-1] == st[9], st[:2] == (st.st_mode, st.st_ino))
a, b, *rest = st
print(a == st.st_mode, len(rest))
dst = posix.stat(base)
print(dst.st_mode >> 12, posix.lstat(fn).st_size, posix.stat(fn, follow_symlinks=False).st_size)
fd = posix.open(fn, posix.O_RDONLY)
print(posix.fstat(fd).st_size, posix.stat(fd).st_size)
posix.close(fd)
posix.symlink(fn, base + '/link')
print(posix.lstat(base + '/link').st_mode >> 12, posix.stat(base + '/link').st_mode >> 12)
print(posix.readlink(base + '/link') == fn)
r = posix.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(r, r.st_atime, r.st_mtime_ns)
r = posix.stat_result(range(13))
print(r.st_atime, r.st_mtime, r.st_ctime, r[7])
for bad in [(1, 2), tuple(range(20))]:
    try:
        posix.stat_result(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    st.st_size = 5
except AttributeError as e:
    print('AttributeError', type(e).__name__)
print(posix.access(fn, posix.R_OK), posix.access(base + '/nope', posix.F_OK))
posix.chmod(fn, 0o600)
print(oct(posix.stat(fn).st_mode & 0o777))
posix.unlink(base + '/link')
posix.unlink(fn)
posix.rmdir(base)
