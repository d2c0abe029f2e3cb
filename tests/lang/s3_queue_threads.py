# _queue.SimpleQueue shared by threads: every item arrives exactly once,
# a blocked get() wakes on put(), a timed get() gives up with Empty, and
# put() from a __del__ (reentrancy) works.
import _queue
import gc
import queue
import threading
import time

print(queue.SimpleQueue is _queue.SimpleQueue, queue.Empty is _queue.Empty)

q = _queue.SimpleQueue()
N, PRODUCERS, CONSUMERS = 2000, 4, 3
got = [[] for _ in range(CONSUMERS)]

def produce(base):
    for i in range(N):
        q.put(base + i)

def consume(out):
    while True:
        v = q.get()
        if v is None:
            return
        out.append(v)

cons = [threading.Thread(target=consume, args=(got[i],)) for i in range(CONSUMERS)]
prods = [threading.Thread(target=produce, args=(k * N,)) for k in range(PRODUCERS)]
for t in cons + prods:
    t.start()
for t in prods:
    t.join()
for _ in cons:
    q.put(None)
for t in cons:
    t.join()
allv = sorted(v for g in got for v in g)
print(len(allv), allv == list(range(N * PRODUCERS)), q.empty())
# per producer, one consumer sees its items in order
for g in got:
    for k in range(PRODUCERS):
        mine = [v for v in g if k * N <= v < (k + 1) * N]
        assert mine == sorted(mine)
print("fifo per producer")

# a get() blocked in another thread wakes when an item arrives
res = []
t = threading.Thread(target=lambda: res.append(q.get(timeout=30)))
t.start()
time.sleep(0.05)
q.put("late")
t.join()
print(res)

# a timed get gives up
t0 = time.monotonic()
try:
    q.get(True, 0.05)
except _queue.Empty as e:
    print("Empty", repr(e), time.monotonic() - t0 >= 0.04)

# reentrancy: put() from a finalizer
class Putter:
    def __del__(self):
        q.put("from __del__")

p = Putter()
del p
gc.collect()
print(q.get(timeout=5))
print(q.qsize())

# subclass with its own methods
class Counting(_queue.SimpleQueue):
    def __init__(self):
        self.puts = 0
    def put(self, item, block=True, timeout=None):
        self.puts += 1
        super().put(item, block, timeout)

c = Counting()
c.put(1); c.put(2); c.put_nowait(3)
print(c.puts, c.qsize(), c.get(), c.get_nowait(), c.get(block=False))
