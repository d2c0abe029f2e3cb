# threading.Thread: start, join, is_alive, names, idents, daemon flags,
# args/kwargs, subclasses overriding run(), and the errors of misuse.
import threading

results = {}

def work(key, n, scale=1):
    results[key] = sum(range(n)) * scale

ts = [threading.Thread(target=work, args=(i, 1000 * (i + 1)), kwargs={'scale': 2}) for i in range(4)]
print([t.is_alive() for t in ts])
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.items()))
print([t.is_alive() for t in ts])
print(all(isinstance(t.ident, int) for t in ts), len({t.ident for t in ts}) >= 1)
print(all(isinstance(t.native_id, int) for t in ts))

class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name='counter-%d' % n)
        self.n = n
        self.total = 0
    def run(self):
        for i in range(self.n):
            self.total += i

c = Counter(10000)
print(c.name, c.daemon)
c.start()
c.join()
print(c.total)

t = threading.Thread(target=lambda: None, name='named', daemon=True)
print(t.name, t.daemon, repr(t).startswith("<Thread(named, initial daemon)"))
t.start()
t.join()
print(repr(t).startswith("<Thread(named, stopped daemon"))

try:
    t.start()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    threading.Thread().join()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print('RuntimeError', e)
t2 = threading.Thread(target=lambda: None)
t2.start()
try:
    t2.daemon = True
except RuntimeError as e:
    print('RuntimeError', e)
t2.join()

print(threading.current_thread() is threading.main_thread())
print(threading.current_thread().name)
seen = []
def who():
    seen.append((threading.current_thread().name, threading.current_thread() is threading.main_thread()))
w = threading.Thread(target=who, name='worker')
w.start(); w.join()
print(seen)
print(threading.active_count(), len(threading.enumerate()))

# join with a timeout on a thread still running
ev = threading.Event()
slow = threading.Thread(target=ev.wait)
slow.start()
slow.join(0.01)
print(slow.is_alive())
ev.set()
slow.join()
print(slow.is_alive())
