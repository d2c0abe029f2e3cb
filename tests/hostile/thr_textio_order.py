# Four threads write non-ASCII lines to one text file whose pending text is
# pushed down often (small _CHUNK_SIZE, explicit flushes): every line
# arrives whole, and each thread's lines arrive in the order it wrote them
# (modules/_io_textio.c: pending bytes are taken under the buffer's lock).
import os
import tempfile
import threading

N_THREADS = 4
N_LINES = 3000

path = os.path.join(tempfile.mkdtemp(), "t.txt")
f = open(path, "w", encoding="utf-8")
f._CHUNK_SIZE = 64
barrier = threading.Barrier(N_THREADS)
errors = []


def work(t):
    try:
        barrier.wait()
        for i in range(N_LINES):
            f.write("%d \u20ac %06d \U0001F600\n" % (t, i))
            if i % 101 == 0:
                f.flush()
    except Exception as e:
        errors.append("%s %s" % (type(e).__name__, e))


threads = [threading.Thread(target=work, args=(t,)) for t in range(N_THREADS)]
for th in threads:
    th.start()
for th in threads:
    th.join()
f.close()
print("errors:", errors)

last = [-1] * N_THREADS
bad = 0
count = 0
with open(path, encoding="utf-8") as g:
    for line in g:
        parts = line.split()
        ok = (len(parts) == 4 and parts[1] == "\u20ac" and parts[3] == "\U0001F600"
              and parts[0].isdigit() and int(parts[0]) < N_THREADS)
        if not ok:
            bad += 1
            continue
        t, i = int(parts[0]), int(parts[2])
        if i != last[t] + 1:
            bad += 1
        last[t] = i
        count += 1
print("lines:", count, "bad:", bad, "complete:", last == [N_LINES - 1] * N_THREADS)
