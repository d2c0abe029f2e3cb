# Semaphore, BoundedSemaphore, Event, Barrier and Timer.
import threading

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(2)
print(sem.acquire(blocking=False))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print('ValueError', e)
b = threading.BoundedSemaphore(1)
b.acquire(); b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError', e)

# at most 2 workers inside at once
inside = [0]; peak = [0]
guard = threading.Lock()
s2 = threading.Semaphore(2)
def limited():
    with s2:
        with guard:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        for _ in range(2000):
            pass
        with guard:
            inside[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print(peak[0] <= 2, inside[0])

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
hits = []
def wait_ev(i):
    if ev.wait(5):
        hits.append(i)
ws = [threading.Thread(target=wait_ev, args=(i,)) for i in range(3)]
for w in ws: w.start()
ev.set()
for w in ws: w.join()
print(sorted(hits), ev.is_set(), ev.wait())
ev.clear()
print(ev.is_set())

# Barrier: every party passes together; the action runs once
order = []
bar = threading.Barrier(3, action=lambda: order.append('action'))
def party(i):
    n = bar.wait()
    order.append(('passed', n in (0, 1, 2)))
ps = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for p in ps: p.start()
for p in ps: p.join()
print(order[0], order.count(('passed', True)), bar.parties, bar.n_waiting, bar.broken)

b2 = threading.Barrier(2, timeout=0.02)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print('BrokenBarrierError', b2.broken)
b2.reset()
print(b2.broken)
b3 = threading.Barrier(2)
b3.abort()
try:
    b3.wait()
except threading.BrokenBarrierError:
    print('aborted')

# Timer: runs once after the interval unless cancelled
fired = []
t = threading.Timer(0.01, fired.append, args=('fired',))
t.start(); t.join()
c = threading.Timer(10, fired.append, args=('cancelled',))
c.start(); c.cancel(); c.join()
print(fired, c.is_alive())
