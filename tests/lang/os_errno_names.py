import errno
names = ['EPERM', 'ENOENT', 'ESRCH', 'EINTR', 'EIO', 'ENXIO', 'E2BIG', 'EBADF', 'ECHILD',
         'EAGAIN', 'ENOMEM', 'EACCES', 'EEXIST', 'ENOTDIR', 'EISDIR', 'EINVAL', 'ENOSPC',
         'EPIPE', 'EDOM', 'ERANGE', 'EDEADLK', 'ENAMETOOLONG', 'ENOTEMPTY', 'ELOOP',
         'EWOULDBLOCK', 'ETIMEDOUT', 'ECONNREFUSED', 'EINPROGRESS', 'ENOTSUP', 'EOPNOTSUPP',
         'EDEADLOCK', 'EOVERFLOW', 'ENOSYS', 'ECONNRESET', 'EADDRINUSE']
for n in names:
    v = getattr(errno, n)
    print(n, v, errno.errorcode[v])
print(len(errno.errorcode) > 100, type(errno.errorcode).__name__)
print(all(getattr(errno, name) == code for code, name in errno.errorcode.items()))
print(errno.EAGAIN == errno.EWOULDBLOCK, errno.ENOTSUP == errno.EOPNOTSUPP)
print(sorted(errno.errorcode)[:10])
print(errno.__name__)
