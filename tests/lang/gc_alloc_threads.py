# Several threads allocate at once: each has its own free lists, refilled
# from the shared heap, and a collection may start from any of them.  No
# object may be handed to two threads, and a finished thread's lists must
# not take live objects with them.
import gc
import threading

results = {}
errors = []

def work(tid):
    made = []
    for i in range(4000):
        s = "t%d-%d-" % (tid, i) + "z" * (i % 50)
        made.append((s, i, (tid, i)))
        if i % 1000 == 999:
            gc.collect()
    for i, (s, j, pair) in enumerate(made):
        if s != "t%d-%d-" % (tid, i) + "z" * (i % 50) or j != i or pair != (tid, i):
            errors.append((tid, i))
            break
    results[tid] = made[::997]

threads = [threading.Thread(target=work, args=(t,)) for t in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

# the threads are gone; what they returned must still be intact
gc.collect()
filler = ["f" * (i % 30) for i in range(20000)]
gc.collect()
print(errors)
for tid in sorted(results):
    print(tid, [(s[:12], j, p) for s, j, p in results[tid]])
print(len(filler), filler[29])

# short-lived threads, one after another, each allocating a little
out = []
def small(k):
    out.append(("k%d" % k) * 3)
for k in range(40):
    t = threading.Thread(target=small, args=(k,))
    t.start()
    t.join()
gc.collect()
print(out[:3], out[-1], len(out))
