# The buffered objects' lock: a call re-entering from the same thread is
# RuntimeError "reentrant call inside ..."; a second thread waits for a
# first one blocked inside the raw stream, and its data lands after.
import io
import threading
import time


class Raw(io.RawIOBase):
    def __init__(self):
        self.chunks = []
        self.hook = None

    def writable(self):
        return True

    def readable(self):
        return True

    def write(self, b):
        if self.hook:
            hook, self.hook = self.hook, None
            hook()
        self.chunks.append(bytes(b))
        return len(b)

    def readinto(self, b):
        if self.hook:
            hook, self.hook = self.hook, None
            hook()
        b[:3] = b"abc"
        return 3


raw = Raw()
bw = io.BufferedWriter(raw, buffer_size=8)


def reenter():
    try:
        bw.write(b"inner")
    except Exception as e:
        print(type(e).__name__, str(e).split(" inside ")[0])
    try:
        bw.flush()
    except Exception as e:
        print(type(e).__name__, str(e).split(" inside ")[0])


raw.hook = reenter
bw.write(b"0123456789")          # more than the buffer: raw.write runs the hook
bw.flush()
print(raw.chunks)

# reading re-entered
rr = Raw()
br = io.BufferedReader(rr, buffer_size=8)


def reenter_read():
    try:
        br.read(1)
    except Exception as e:
        print(type(e).__name__, str(e).split(" inside ")[0])


rr.hook = reenter_read
print(br.read(2))

# A second thread waits while the first sits in raw.write.
gate = threading.Event()
inside = threading.Event()
raw2 = Raw()
bw2 = io.BufferedWriter(raw2, buffer_size=4)


def slow():
    inside.set()
    gate.wait()


raw2.hook = slow
t1 = threading.Thread(target=lambda: bw2.write(b"first-long"))
t1.start()
inside.wait()
t2 = threading.Thread(target=lambda: (bw2.write(b"second"), bw2.flush()))
t2.start()
time.sleep(0.05)
print("second waited:", raw2.chunks == [])
gate.set()
t1.join()
t2.join()
bw2.flush()
print(raw2.chunks)

# TextIOWrapper over a Python buffer: writes from four threads all arrive.
buf = io.BytesIO()
tw = io.TextIOWrapper(buf, encoding="utf-8")


def text_writer(n):
    for i in range(300):
        tw.write("%d-%d\n" % (n, i))


ts = [threading.Thread(target=text_writer, args=(n,)) for n in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
tw.flush()
lines = buf.getvalue().decode().splitlines()
print(len(lines), sorted(lines) == sorted("%d-%d" % (n, i) for n in range(4) for i in range(300)))
