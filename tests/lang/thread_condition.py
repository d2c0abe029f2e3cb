# threading.Condition: wait/notify handoff, notify_all, wait_for with a
# predicate, timeouts, and the errors of using it without the lock.
import threading

cond = threading.Condition()
items = []
log = []

def consumer(name):
    with cond:
        cond.wait_for(lambda: items)
        log.append((name, items.pop(0)))

ts = [threading.Thread(target=consumer, args=('c%d' % i,)) for i in range(3)]
for t in ts:
    t.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
for t in ts:
    t.join()
print(sorted(v for _, v in log), len(log))

# notify_all wakes every waiter
ready = []
go = [False]
c2 = threading.Condition(threading.Lock())
def waiter(i):
    with c2:
        ready.append(i)
        c2.notify_all()
        while not go[0]:
            c2.wait()
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws:
    w.start()
with c2:
    c2.wait_for(lambda: len(ready) == 4)
    go[0] = True
    c2.notify_all()
for w in ws:
    w.join()
print(sorted(ready))

# timeouts
with cond:
    print(cond.wait(0.01))
    print(cond.wait_for(lambda: False, timeout=0.01))
    print(cond.wait_for(lambda: 42, timeout=0.01))

for f in (cond.wait, cond.notify, cond.notify_all):
    try:
        f()
    except RuntimeError as e:
        print('RuntimeError', e)

# a Condition over an RLock can be re-entered while waiting is still legal
rc = threading.Condition(threading.RLock())
with rc:
    with rc:
        print(rc.wait(0.001))
print(repr(rc).startswith('<Condition('))
