# queue with worker threads: producer/consumer, task_done/join, LIFO and
# priority order, Empty/Full with timeouts, SimpleQueue.
import queue, threading

q = queue.Queue()
results = []
rlock = threading.Lock()

def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with rlock:
            results.append(item * item)
        q.task_done()

cs = [threading.Thread(target=consumer) for _ in range(3)]
for c in cs: c.start()
def producer(base):
    for i in range(base, base + 100):
        q.put(i)
ps = [threading.Thread(target=producer, args=(b,)) for b in (0, 100)]
for p in ps: p.start()
for p in ps: p.join()
q.join()
for _ in cs:
    q.put(None)
for c in cs: c.join()
print(len(results), sum(results), q.empty(), q.qsize())

bq = queue.Queue(maxsize=2)
bq.put(1); bq.put(2)
print(bq.full())
try:
    bq.put(3, timeout=0.01)
except queue.Full:
    print('Full')
try:
    bq.put_nowait(3)
except queue.Full:
    print('Full nowait')
print(bq.get(), bq.get())
try:
    bq.get(timeout=0.01)
except queue.Empty:
    print('Empty')
try:
    bq.get_nowait()
except queue.Empty:
    print('Empty nowait')

# a blocked put completes when a consumer makes room
def drain():
    bq.get()
bq.put('a'); bq.put('b')
t = threading.Thread(target=drain)
t.start()
bq.put('c', timeout=5)
t.join()
print([bq.get(), bq.get()])

lq = queue.LifoQueue()
for i in range(4): lq.put(i)
print([lq.get() for _ in range(4)])
pq = queue.PriorityQueue()
for p in (5, 1, 4, 2, 3): pq.put((p, 'job%d' % p))
print([pq.get()[1] for _ in range(5)])

sq = queue.SimpleQueue()
def feed():
    for i in range(50): sq.put(i)
fs = [threading.Thread(target=feed) for _ in range(2)]
for f in fs: f.start()
for f in fs: f.join()
got = []
while not sq.empty():
    got.append(sq.get())
print(len(got), sum(got))
try:
    q.task_done()
except ValueError as e:
    print('ValueError', e)
