# close() of buffered and text streams when flush() and the raw close()
# fail: the raw stream is still closed, close's error carries flush's as
# its __context__, and a flush error alone is raised as itself.
import io


class Raw(io.RawIOBase):
    def __init__(self, close_error=None):
        self.close_error = close_error
        self.close_calls = 0
    def readable(self):
        return True
    def writable(self):
        return True
    def seekable(self):
        return True
    def seek(self, pos, whence=0):
        return 0
    def tell(self):
        return 0
    def readinto(self, b):
        return 0
    def write(self, b):
        return len(b)
    def close(self):
        self.close_calls += 1
        if self.close_error:
            raise self.close_error
        super().close()


def describe(e):
    ctx = e.__context__
    return (type(e).__name__, e.args,
            None if ctx is None else (type(ctx).__name__, ctx.args))


for tp in (io.BufferedReader, io.BufferedWriter, io.BufferedRandom):
    raw = Raw(OSError('close'))
    b = tp(raw)
    def bad_flush():
        raise OSError('flush')
    b.flush = bad_flush
    try:
        b.close()
    except OSError as e:
        print(tp.__name__, describe(e), raw.close_calls, b.closed)
    raw.close_error = None
    b.flush = lambda: None
    b.close()

    raw = Raw()
    b = tp(raw)
    b.flush = bad_flush
    try:
        b.close()
    except OSError as e:
        print(tp.__name__, describe(e), raw.close_calls, b.closed)

    raw = Raw(ValueError('close only'))
    b = tp(raw)
    try:
        b.close()
    except ValueError as e:
        print(tp.__name__, describe(e), raw.close_calls, b.closed)
    raw.close_error = None

buf = io.BytesIO(b'data')
def bad_close():
    raise OSError('close')
buf.close = bad_close
t = io.TextIOWrapper(buf, encoding='ascii')
def bad_flush():
    raise OSError('flush')
t.flush = bad_flush
try:
    t.close()
except OSError as e:
    print('TextIOWrapper', describe(e), t.closed)
t.flush = lambda: None
buf.close = lambda: None

# a buffer size no allocation can satisfy fails at construction
import sys
for tp in (io.BufferedReader, io.BufferedWriter):
    b = tp(io.BytesIO())
    try:
        b.__init__(io.BytesIO(), sys.maxsize)
    except (OverflowError, MemoryError, ValueError) as e:
        print(tp.__name__, type(e).__name__)
    for size in (0, -1, 1 << 20):
        try:
            print(tp(io.BytesIO(), size).readable())
        except ValueError as e:
            print(type(e).__name__, e)
