# ctypes from several threads: calls, callbacks and errno are per thread
import threading
from ctypes import *

libc = CDLL(None, use_errno=True)
CMP = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
cmp = CMP(lambda a, b: a[0] - b[0])
results = {}

def work(n):
    arr = (c_int * 50)(*[(i * 7919 + n) % 101 for i in range(50)])
    for _ in range(20):
        libc.qsort(arr, 50, sizeof(c_int), cmp)
    set_errno(n)
    libc.strlen(b"x")
    results[n] = (list(arr) == sorted(arr), get_errno() == n)

threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))

# a shared structure updated under a lock
class Counter(Structure):
    _fields_ = [("n", c_long)]
c = Counter()
lock = threading.Lock()
def bump():
    for _ in range(500):
        with lock:
            c.n += 1
ts = [threading.Thread(target=bump) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(c.n)
