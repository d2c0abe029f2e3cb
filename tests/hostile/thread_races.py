# Unsynchronized races that must never crash krait: lookups in a dict and
# a set while other threads grow, shrink and clear them; one attribute
# site specialized by several threads for different classes; lists
# appended to while read.  Only totals that CPython also guarantees are
# printed.
import threading

T = 4
start = threading.Barrier(T + 1)
d, s, lst = {}, set(), []
errors = []

def grower(k):
    start.wait()
    for i in range(6000):
        d[(k, i)] = i
        s.add((k, i))
        lst.append(i)
        if i % 3 == 0:
            d.pop((k, i - 1), None)
            s.discard((k, i - 1))
        if i % 2000 == 1999 and k == 0:
            d.clear()
            s.clear()

def reader():
    start.wait()
    hits = 0
    for i in range(20000):
        if d.get((i % T, i % 6000)) is not None:
            hits += 1
        if (i % T, i % 6000) in s:
            hits += 1
        n = len(lst)
        if n:
            lst[n - 1]
    return hits

ts = [threading.Thread(target=grower, args=(k,)) for k in range(T)]
r = threading.Thread(target=reader)
for t in ts + [r]:
    t.start()
for t in ts + [r]:
    t.join()
print(len(lst), all(isinstance(k, tuple) for k in list(d)), errors)

# one GET_ATTR / SET_ATTR site, many shapes, several threads
class A:
    def __init__(self): self.x = 1
class B:
    def __init__(self): self.y = 0; self.x = 2
class C:
    def __init__(self): self.z = 0; self.w = 0; self.x = 3
class S:
    __slots__ = ('p', 'x')
    def __init__(self): self.p = 0; self.x = 4

def poke(objs, out):
    start2.wait()
    total = 0
    for _ in range(3000):
        for o in objs:
            total += o.x
            o.x = o.x
    out.append(total)

start2 = threading.Barrier(T)
objs = [A(), B(), C(), S()]
out = []
ts = [threading.Thread(target=poke, args=(objs[k:] + objs[:k], out)) for k in range(T)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out))
