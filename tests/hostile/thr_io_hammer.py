# Four threads hammer one BufferedWriter, one TextIOWrapper, one StringIO
# and one BytesIO at once: nothing is lost, nothing crashes, and the
# totals afterwards are exact.  Then the same objects are closed under a
# writer: what the writer sees is ValueError, never a crash.
import io
import os
import tempfile
import threading

N_THREADS = 4
N_WRITES = 2000
REC = 16  # bytes in a record


tmp = tempfile.mkdtemp()
bpath = os.path.join(tmp, "b.bin")
tpath = os.path.join(tmp, "t.txt")
bw = open(bpath, "wb", buffering=100)          # small buffer: many flushes
tw = open(tpath, "w", encoding="utf-8")
sio = io.StringIO()
bio = io.BytesIO()
errors = []
barrier = threading.Barrier(N_THREADS)


def record(t, i):
    return ("%02d:%012d\n" % (t, i)).encode()


def work(t):
    try:
        barrier.wait()
        for i in range(N_WRITES):
            r = record(t, i)
            bw.write(r)
            tw.write(r.decode())
            sio.write(r.decode())
            bio.write(r)
            if i % 97 == 0:
                bw.flush()
                tw.flush()
                sio.tell()
                bio.getvalue()
    except Exception as e:
        errors.append("%s %s" % (type(e).__name__, e))


threads = [threading.Thread(target=work, args=(t,)) for t in range(N_THREADS)]
for th in threads:
    th.start()
for th in threads:
    th.join()
bw.close()
tw.close()
print("errors:", errors)


def check(name, data):
    total = N_THREADS * N_WRITES * REC
    print(name, "length ok:", len(data) == total)
    recs = [data[i:i + REC] for i in range(0, len(data), REC)]
    expect = sorted(record(t, i) for t in range(N_THREADS) for i in range(N_WRITES))
    print(name, "records ok:", sorted(recs) == expect)
    # each thread's own records stay in its order
    for t in range(N_THREADS):
        mine = [r for r in recs if r.startswith(b"%02d:" % t)]
        if mine != [record(t, i) for i in range(N_WRITES)]:
            print(name, "thread", t, "out of order")


with open(bpath, "rb") as f:
    check("BufferedWriter", f.read())
with open(tpath, "rb") as f:
    check("TextIOWrapper", f.read())
check("StringIO", sio.getvalue().encode())
check("BytesIO", bio.getvalue())

# Reads: four threads share one BufferedReader and one BytesIO; every
# record is read exactly once.
with open(bpath, "rb") as br:
    bio.seek(0)
    got = [[] for _ in range(N_THREADS)]

    def reader(t):
        try:
            while True:
                a = br.read(REC)
                b = bio.read(REC)
                if not a and not b:
                    return
                got[t].append((a, b))
        except Exception as e:
            errors.append("%s %s" % (type(e).__name__, e))

    threads = [threading.Thread(target=reader, args=(t,)) for t in range(N_THREADS)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
a_all = sorted(a for g in got for a, b in g if a)
b_all = sorted(b for g in got for a, b in g if b)
print("reads ok:", len(a_all) == N_THREADS * N_WRITES, a_all == b_all)

# Closing under a writer: the writer gets ValueError, never a crash.
kinds = set()
for make in (io.StringIO, io.BytesIO, lambda: open(bpath, "wb"), lambda: open(tpath, "w")):
    f = make()
    data = "x" * 10 if isinstance(f, io.TextIOBase) else b"x" * 10
    stop = threading.Event()

    def writer():
        try:
            while not stop.is_set():
                f.write(data)
        except Exception as e:
            kinds.add(type(e).__name__)

    th = threading.Thread(target=writer)
    th.start()
    f.close()
    stop.set()
    th.join()
    try:
        f.write(data)
    except Exception as e:
        kinds.add(type(e).__name__)
print("after close:", sorted(kinds))
print("errors:", errors)
