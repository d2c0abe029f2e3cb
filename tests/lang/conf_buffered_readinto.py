# BufferedReader reads its raw stream with readinto() and checks the answer.
import io

class OnlyReadinto(io.RawIOBase):
    def __init__(self, chunks):
        self.chunks = list(chunks)
        self.calls = []
    def readable(self):
        return True
    def readinto(self, b):
        self.calls.append(len(b))
        if not self.chunks:
            return 0
        data = self.chunks.pop(0)
        if data is None:
            return None
        b[:len(data)] = data
        return len(data)

raw = OnlyReadinto([b"abc", b"def\nghi", None, b"jk"])
f = io.BufferedReader(raw, buffer_size=16)
print(f.read(2), f.readline(), f.read(), f.read(), raw.calls)

for bad in (-1, -5, b"", 2.5, "x", 10 ** 30):
    raw = io.BufferedReader(io.BytesIO(b"12"))
    raw.readinto = lambda buf, bad=bad: bad
    bufio = io.BufferedReader(raw)
    try:
        bufio.readline()
    except Exception as e:
        print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)

class Misbehaved(OnlyReadinto):
    def readinto(self, b):
        super().readinto(b)
        return len(b) * 5
try:
    io.BufferedReader(Misbehaved([b"abc"])).read(10)
except Exception as e:
    print(type(e).__name__, e)

class OnlyRead:
    readable = lambda self: True
    closed = False
    def read(self, n=-1):
        return b"data"
try:
    io.BufferedReader(OnlyRead()).read(2)
except Exception as e:
    print(type(e).__name__, e)
print(io.BufferedReader(io.BytesIO(b"x" * 20000)).read(15000)[-3:])
