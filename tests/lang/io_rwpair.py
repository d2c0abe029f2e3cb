# io.BufferedRWPair: a reader and a writer behind one object.
import io
p = io.BufferedRWPair(io.BytesIO(b'one\ntwo\n'), io.BytesIO(), 4)
print(p.read(2), p.peek(1)[:1], p.read1(1), p.readline(), list(p), p.write(b'xy'), p.readable(), p.writable(), p.isatty(), p.closed)
b = bytearray(2)
print(p.readinto(b), p.flush())
print(hasattr(p, 'reader'), repr(p)[:20])
p.close()
print(p.closed)
for bad in (lambda: io.BufferedRWPair(io.BytesIO(), io.BytesIO(), buffer_size=3),
            lambda: io.BufferedRWPair(io.BytesIO()), lambda: io.BufferedRWPair(io.BytesIO(), io.BytesIO(), 0)):
    try:
        bad(); print('no error')
    except Exception as e:
        print(type(e).__name__, e)
class Sub(io.BufferedRWPair):
    pass
try:
    Sub(io.BytesIO(), io.BytesIO(), buffer_size=2)
except TypeError as e:
    print("TypeError", e)
s = Sub(io.BytesIO(b"z"), io.BytesIO(), 2)
print(s.read(), isinstance(s, io.BufferedIOBase))
