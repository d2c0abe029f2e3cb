# Four threads run re.sub with one compiled pattern (re's cache shares it)
# while collections stop the world now and then.  krait once shared the
# pattern's character-class bitmaps between threads unsynchronised: one
# thread cleared a bitmap to rebuild it while another read it as ready, so
# \d+ stopped matching midway through a line (1 run in 3 went wrong).
import gc
import re
import threading

bad = []


def work(k):
    for i in range(3000):
        s = ",".join(str(k * 1000 + i + j) for j in range(i % 17 + 1))
        t = re.sub(r"\d+", lambda m: m.group(0)[::-1], s)
        if ",".join(p[::-1] for p in t.split(",")) != s:
            bad.append((s, t))
        if i % 97 == 0:
            gc.collect()


threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(bad), bad[:2])
