# posix additions: readv/preadv/pwritev, statvfs, sched_param and the
# scheduling calls, groups, waitid, eventfd, memfd_create, copy_file_range,
# sendfile, splice, uid/gid conversion in chown, dir_fd for readlink and
# chmod, os.supports_* sets, extended attributes' errors.
import os
import tempfile
tmp = tempfile.mkdtemp()
cf = os.path.join(tmp, 'cf')
open(cf, 'w').close()
def t(f,*a,**k):
  try: print(repr(f(*a,**k)))
  except Exception as e: print(type(e).__name__, e)
r,w=os.pipe()
os.write(w,b'hello world')
b1=bytearray(3); b2=bytearray(4)
t(os.readv, r, [b1,b2]); print(b1,b2)
t(os.readv, r, 5); t(os.readv, r, [b'x']); t(os.readv, 'x', [])
s=os.statvfs('/'); print(type(s), len(s), s.f_fsid is not None, type(s).__module__, type(s).__name__)
t(os.statvfs, 3.5); t(os.fstatvfs, 'x')
p=os.sched_param(5); print(p, p.sched_priority, type(p).__module__, type(p).__name__)
t(os.sched_param); t(os.sched_param, 1, 2); t(os.sched_param, sched_priority=3)
t(os.sched_getparam, 0); t(os.sched_rr_get_interval, 0)
t(lambda: len(os.sched_getaffinity(0)) > 0); t(os.sched_setparam, 0, 5); t(os.sched_setparam, 0, os.sched_param(0))
t(os.sched_setscheduler, 0, os.SCHED_OTHER, os.sched_param(0)); t(os.sched_setscheduler, 0, os.SCHED_OTHER, (0,))
t(os.sched_setaffinity, 0, [-1]); t(os.sched_setaffinity, 0, [1<<70]);  t(os.sched_setaffinity, 0, 5)
t(os.getgrouplist, 'root', 0); t(os.waitid, os.P_ALL, 0, os.WEXITED|os.WNOHANG)
t(os.preadv, r, [b1], 0); t(os.pwritev, w, [b'ab'], 0)
fd = os.eventfd(3); t(os.eventfd_read, fd); os.eventfd_write(fd, 5); t(os.eventfd_read, fd); os.close(fd)
fd = os.memfd_create('x'); os.write(fd, b'abcdef'); t(os.pread, fd, 3, 1); t(os.preadv, fd, [b1, b2], 0); print(b1, b2)
t(os.pwritev, fd, [b'XY', memoryview(b'Z')], 2); t(os.pread, fd, 10, 0)
print(os.waitid_result.__module__, os.waitid_result.n_fields)
print(os.statvfs_result.n_sequence_fields, os.statvfs_result.n_fields)
src = os.memfd_create('src'); os.write(src, b'0123456789'); dst = os.memfd_create('dst')
t(os.copy_file_range, src, dst, 4, 2, 0); t(os.pread, dst, 10, 0)
t(os.sendfile, dst, src, 0, 3); t(os.pread, dst, 10, 0)
t(os.copy_file_range, src, dst, -1)
r2, w2 = os.pipe(); t(os.splice, src, w2, 5, 0); t(os.read, r2, 10)
t(os.chown, cf, 2**32, -1); t(os.chown, cf, 1.5, -1); t(os.chown, cf, -1, -2)
os.symlink(cf, os.path.join(tmp, 'lnk'))
d = os.open(tmp, os.O_RDONLY)
print(os.readlink('lnk', dir_fd=d) == cf); t(os.chmod, 'cf', 0o644, dir_fd=d); t(os.chmod, 'lnk', 0o644, dir_fd=d, follow_symlinks=False)
print(sorted(f.__name__ for f in os.supports_dir_fd)); print(sorted(f.__name__ for f in os.supports_fd)); print(sorted(f.__name__ for f in os.supports_follow_symlinks))
t(os.listxattr, cf)
try:
    os.getxattr(cf, 'user.nope')
except OSError as e:
    print(type(e).__name__, e.errno, e.filename == cf)
t(os.chmod, 'nolink', 0o644, dir_fd=d, follow_symlinks=False)
t(os.major, -1); t(os.minor, -1)
t(os.stat, '.', dir_fd='x'); t(os.stat, '.', dir_fd=1.5)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(sorted(os.listdir(bytearray(tmp.encode()))))
    print(os.stat(bytearray(cf.encode())).st_size)
    print([str(x.message) for x in w])
import shutil
shutil.rmtree(tmp)
