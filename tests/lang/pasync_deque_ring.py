# collections.deque as a ring buffer: wrap-around at every capacity the
# buffer grows through, from both ends, with rotate, maxlen and indexing.
from collections import deque

d = deque()
log = []
for step in range(200):
    if step % 3 == 0:
        d.appendleft(step)
    else:
        d.append(step)
    if step % 5 == 4:
        log.append(d.popleft())
    if step % 7 == 6:
        log.append(d.pop())
print(len(d), list(d)[:10], list(d)[-10:], sum(log))
print(d[0], d[-1], d[len(d) // 2], d.index(100), 100 in d, 5 in d)

# a queue cycling through a small buffer many times (head wraps repeatedly)
q = deque()
total = 0
for i in range(1000):
    q.append(i)
    q.append(-i)
    total += q.popleft()
print(len(q), total, q[0], q[-1])

# rotate both ways across the wrap point
r = deque(range(13))
for n in (3, -5, 13, -26, 7, 0, -1):
    r.rotate(n)
    print(n, list(r))
r.reverse()
print(list(r), r.count(3))
r.remove(4)
r.insert(2, 99)
del r[5]
r[0] = "x"
print(list(r))

# bounded deques drop from the other end
b = deque(maxlen=4)
for i in range(10):
    (b.append if i % 2 else b.appendleft)(i)
    print(list(b), end=" ")
print()
b.extend(range(20, 26))
print(list(b))
b.extendleft("ab")
print(list(b), b.maxlen)

# copies, comparisons, iteration and errors
c = b.copy()
print(c == b, c is b, deque([1, 2]) < deque([1, 3]), list(reversed(c)))
e = deque()
for name in ("pop", "popleft"):
    try:
        getattr(e, name)()
    except IndexError as ex:
        print(type(ex).__name__, ex)
try:
    deque([1]).index(5)
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    d2 = deque(range(10))
    for x in d2:
        if x == 3:
            d2.append(0)
except RuntimeError as ex:
    print(type(ex).__name__, ex)
try:
    deque()[0]
except IndexError as ex:
    print(type(ex).__name__, ex)
