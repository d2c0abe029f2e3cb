# Lock and RLock: blocking, timeouts, non-blocking tries, re-entrancy, the
# errors of misuse, and mutual exclusion under contention.
import threading, _thread

lock = threading.Lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(timeout=0.01), lock.acquire(blocking=False))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print('ValueError', e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print('ValueError', e)
try:
    lock.acquire(timeout=1e300)
except OverflowError as e:
    print('OverflowError', e)
with lock:
    print('in with', lock.locked())
print(lock.locked())

# a lock released by another thread
l2 = _thread.allocate_lock()
l2.acquire()
def releaser():
    l2.release()
t = threading.Thread(target=releaser)
t.start()
print(l2.acquire(timeout=5))
t.join()

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError', e)
with r:
    with r:
        print('nested')
# an RLock held by another thread cannot be taken or released here
got = threading.Event(); done = threading.Event()
def holder():
    with r:
        got.set()
        done.wait()
h = threading.Thread(target=holder)
h.start(); got.wait()
print(r.acquire(blocking=False), r.acquire(timeout=0.01))
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError', e)
done.set(); h.join()
print(r.acquire(blocking=False))
r.release()

# mutual exclusion: a read-modify-write under a lock is never lost
counter = [0]
m = threading.Lock()
def bump():
    for _ in range(20000):
        with m:
            counter[0] += 1
ts = [threading.Thread(target=bump) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter[0])

rc = [0]
rl = threading.RLock()
def rbump():
    for _ in range(5000):
        with rl:
            with rl:
                rc[0] += 1
ts = [threading.Thread(target=rbump) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(rc[0])
