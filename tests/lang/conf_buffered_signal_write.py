# A buffered write larger than the pipe can take, interrupted by SIGALRM:
# the handler runs between partial writes, its exception ends the write,
# and the unwritten rest is not kept (exit does not block flushing it).
import io, os, signal

r, w = os.pipe()
calls = []

def second(sig, frame):
    calls.append("second")
    raise ZeroDivisionError("from the handler")

def first(sig, frame):
    calls.append("first")
    signal.signal(signal.SIGALRM, second)
    signal.alarm(1)

signal.signal(signal.SIGALRM, first)
wio = io.open(w, "wb", closefd=False)
signal.alarm(1)
try:
    wio.write(b"x" * (1 << 20))
except ZeroDivisionError as e:
    print("raised:", e, calls)
got = 0
os.set_blocking(r, False)
while True:
    try:
        chunk = os.read(r, 1 << 16)
    except BlockingIOError:
        break
    if not chunk:
        break
    got += len(chunk)
print(0 < got < (1 << 20))
wio.write(b"tail")
wio.flush()
print(os.read(r, 100))

# small writes stay buffered; a big one goes through
bio = io.BytesIO()
bw = io.BufferedWriter(bio, buffer_size=16)
print(bw.write(b"abc"), bio.getvalue(), bw.write(b"d" * 40), len(bio.getvalue()))
bw.flush()
print(len(bio.getvalue()), bio.getvalue()[:8])
for bad in ["s", 1]:
    try:
        bw.write(bad)
    except TypeError as e:
        print("TypeError", e)
print(bw.write(bytearray(b"ba")), bw.write(memoryview(b"mv")))
bw.flush()
print(bio.getvalue()[-4:])
