# Builtin containers shared by threads: list.append, dict stores and
# deletes, set.add/discard, deque appends are atomic (as in CPython), so
# the totals are exact; pop() from a shared list hands out each item once.
import threading, collections

N, T = 3000, 4
lst, dct, st = [], {}, set()
dq = collections.deque()
start = threading.Barrier(T)

def mutate(k):
    start.wait()
    for i in range(N):
        lst.append(i)
        dct[(k, i)] = i
        st.add((k, i))
        dq.append(i)
        if i % 4 == 0:
            del dct[(k, i)]
            st.discard((k, i))

ts = [threading.Thread(target=mutate, args=(k,)) for k in range(T)]
for t in ts: t.start()
for t in ts: t.join()
print(len(lst), sum(lst), len(dct), len(st), len(dq))

# every item popped exactly once
src = list(range(20000))
taken = [[] for _ in range(T)]
def taker(k):
    start.wait()
    while True:
        try:
            taken[k].append(src.pop())
        except IndexError:
            return
ts = [threading.Thread(target=taker, args=(k,)) for k in range(T)]
for t in ts: t.start()
for t in ts: t.join()
allv = sorted(v for part in taken for v in part)
print(len(allv), allv == list(range(20000)), src)

# setdefault and pop on one dict from several threads
counts = {}
def tally(k):
    start.wait()
    for i in range(2000):
        counts.setdefault(i % 10, []).append(k)
ts = [threading.Thread(target=tally, args=(k,)) for k in range(T)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted((k, len(v)) for k, v in counts.items()))

shared = {i: i for i in range(4000)}
popped = []
def popper():
    start.wait()
    while True:
        try:
            popped.append(shared.popitem())
        except KeyError:
            return
ts = [threading.Thread(target=popper) for _ in range(T)]
for t in ts: t.start()
for t in ts: t.join()
print(len(popped), len(set(popped)), shared)

# readers iterate while writers append: no crash, sane lengths
grow = []
stop = threading.Event()
def reader():
    n = 0
    while not stop.is_set():
        n = max(n, len(grow))
        for x in grow[-10:]:
            assert x >= 0
def writer():
    for i in range(20000):
        grow.append(i)
rs = [threading.Thread(target=reader) for _ in range(2)]
w = threading.Thread(target=writer)
for r in rs: r.start()
w.start(); w.join()
stop.set()
for r in rs: r.join()
print(len(grow))
