for args in [(2, 'msg', b'bytes-name'), (2, 'msg', 42), (2, 'msg', 'a', None, 'b'),
             (2, 'msg', 'a', 7, 'b'), (None, 'msg'), ('E', None), (2,), (2, 'm', 'f', 1, 'g', 'extra')]:
    e = OSError(*args)
    print(type(e).__name__, repr(str(e)), e.args, e.errno, e.strerror, e.filename, e.filename2)
class Weird:
    def __repr__(self):
        return '<weird>'
    def __str__(self):
        return 'weird-str'
e = OSError(Weird(), Weird(), Weird())
print(str(e))
e = FileExistsError(17, 'File exists', 'x', None, 'y')
print(str(e), repr(e))
e = OSError(2, 'gone')
e.filename2 = 'other'
print(str(e))
e.filename = 'first'
print(str(e))
print(repr(OSError(2, 'x', 'f')), repr(OSError('just')))
try:
    raise OSError(13, 'Permission denied', '/root/x')
except PermissionError as err:
    print(err.errno, err.strerror, err.filename, err.args)
