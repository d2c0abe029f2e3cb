# OSError subclasses defined in Python; BlockingIOError.characters_written
class MyErr(OSError):
    pass

e = MyErr(2, 'msg', 'file')
print(type(e).__name__, e.errno, e.filename, e.args, str(e))

class WithInit(OSError):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.extra = a + b

e = WithInit(2, 3)
print(type(e).__name__, e.errno, e.strerror, e.extra, e.args)

class WithInit2(OSError):
    def __init__(self, msg):
        super().__init__(5, msg, 'name')

e = WithInit2('boom')
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e), e.args)

b = BlockingIOError(11, 'would block', 7)
print(b.characters_written, b.filename, b.args, str(b))
b.characters_written = 3
print(b.characters_written)
del b.characters_written
try:
    b.characters_written
except AttributeError as ex:
    print('AttributeError', ex)
try:
    del b.characters_written
except AttributeError as ex:
    print('AttributeError', ex)
try:
    OSError().characters_written
except AttributeError as ex:
    print('AttributeError', ex)
o = OSError(2, 'x')
print(o.__dict__ if hasattr(o, '__dict__') else None)

class Multi(OSError, ValueError):
    pass
try:
    raise Multi('both')
except ValueError as ex:
    print('as ValueError:', type(ex).__name__, ex)
try:
    raise Multi(1, 'perm')
except OSError as ex:
    print('as OSError:', type(ex).__name__, ex.errno, ex)
