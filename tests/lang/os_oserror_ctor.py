# OSError(errno, strerror[, filename[, winerror[, filename2]]]) picks the subclass from errno
import errno
for code in [errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR,
             errno.EAGAIN, errno.EWOULDBLOCK, errno.EINPROGRESS, errno.EALREADY, errno.ECHILD,
             errno.EPIPE, errno.ESHUTDOWN, errno.ECONNABORTED, errno.ECONNREFUSED,
             errno.ECONNRESET, errno.EINTR, errno.ESRCH, errno.ETIMEDOUT, errno.EINVAL, 9999]:
    e = OSError(code, 'msg')
    print(code, type(e).__name__, e.errno, e.strerror, str(e))

e = OSError(2, 'No such file or directory', 'foo.txt')
print(type(e).__name__, e.args, e.filename, e.filename2, str(e), repr(e))
e = OSError(2, 'No such file', 'a', None, 'b')
print(e.args, e.filename, e.filename2, str(e))
e = OSError(2, 'No such file', None)
print(e.args, e.filename, str(e))
e = OSError('just a message')
print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, str(e))
e = OSError()
print(e.args, e.errno, repr(str(e)))
e = OSError(1, 2, 3, 4, 5, 6)
print(type(e).__name__, e.errno, e.args, str(e))
e = OSError('2', 'x')
print(type(e).__name__, e.errno, str(e))
# a subclass called directly keeps its class
e = FileNotFoundError(13, 'denied')
print(type(e).__name__, e.errno, str(e))
e = PermissionError('plain')
print(type(e).__name__, e.errno, str(e))
# attributes are writable
e = OSError(2, 'x')
e.errno = 5
e.strerror = 'changed'
e.filename = 'f'
print(e.errno, str(e))
try:
    OSError(2, 'x', foo=1)
except TypeError as ex:
    print('TypeError', ex)
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(BrokenPipeError, ConnectionError), issubclass(ConnectionError, OSError))
for cls in [BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError,
            ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError,
            FileExistsError, FileNotFoundError, InterruptedError, IsADirectoryError,
            NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError]:
    print(cls.__name__, cls.__mro__[1].__name__)
try:
    raise OSError(2, 'gone', 'x.txt')
except FileNotFoundError as ex:
    print('caught', type(ex).__name__, ex)
