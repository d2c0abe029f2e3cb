# __del__ runs once an instance is unreachable: at the latest at
# gc.collect() (krait's collector is tracing and conservative, so a
# straggler may survive one collection: counts are checked with that
# tolerance).
import gc
log = []
class A:
    def __init__(self, n): self.n = n
    def __del__(self): log.append(self.n)
def make(k):
    for i in range(k):
        A(i)
make(20)
gc.collect()
print(len(log) >= 19, len(set(log)) == len(log))

class B(A):
    pass
def cycles():
    for i in range(10):
        b = B(100 + i)
        b.me = b             # cycles are collected, and finalized
log.clear()
cycles()
gc.collect()
print(len([n for n in log if n >= 100]) >= 9)

class Once:
    count = 0
    def __del__(self):
        Once.count += 1
        global saved
        saved = self          # resurrection: __del__ is not called again
def resurrect():
    Once()
resurrect()
make(3)               # (later garbage, so Once is not the newest object)
gc.collect()
print(Once.count)
saved = None
make(3)
gc.collect()
gc.collect()
print(Once.count)

class NoDel:
    pass
print(hasattr(NoDel(), '__del__'), A(1).__del__.__name__)
log.clear()
a = A(7)
a.__del__()       # an explicit call is an ordinary call
print(log)
