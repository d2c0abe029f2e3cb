# A bytearray whose memoryviews the program has dropped can be resized at
# once, as in CPython (where the views go at refcount zero).  The pattern
# is tornado's IOStream._consume: slice a view, copy it out, then delete
# the consumed prefix.  krait releases a dropped view when a collection
# finds it unreachable, so nothing the interpreter itself keeps (a C stack
# slot, a register) may hold the dropped view; and a program doing this at
# every read must not pay a full collection per resize (buffer.h,
# kr_buffer_exports_resize), so the loop is long.


class Stream:
    def __init__(self, n):
        self.buf = bytearray(bytes(range(256)) * n)
        self.pos = 0

    def consume(self, n):
        b = (memoryview(self.buf)[self.pos:self.pos + n]).tobytes()
        self.pos += n
        if self.pos > len(self.buf) - self.pos:
            del self.buf[:self.pos]
            self.pos = 0
        return b


s = Stream(4)
out = []
for i in range(3000):
    out.append(s.consume(7))
    s.buf += bytes([i % 256]) * 5
print(len(s.buf), s.pos, sum(len(b) for b in out), out[-1])

buf = bytearray(b"x" * 100)


def whole():
    b = memoryview(buf).tobytes()
    del buf[:3]
    return len(b), len(buf)


def named():
    m = memoryview(buf)
    b = m[2:5].tobytes()
    del m
    buf[0:10] = b"ab"
    return b, len(buf)


def slice_assign():
    n = len(memoryview(buf)[1:4].tobytes())
    buf[:n] = b""
    return n, len(buf)


for f in (whole, named, slice_assign, whole):
    print(f.__name__, f())
