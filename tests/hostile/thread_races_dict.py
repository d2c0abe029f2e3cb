# One dict grown, shrunk, cleared and rebuilt by two threads while two
# others walk it without a lock: iteration (keys, values, items,
# reversed), copy(), set(d), len and lookups.  A walker reads the entry
# count before the entries array, so it never indexes past the array it
# reads, and an entry deleted or cleared under it is skipped, never
# handed out as a NULL value (krait could hand one to dict(d) or
# reversed(d.items())).
import random
import threading

d = {i: str(i) for i in range(50)}
start = threading.Barrier(4)
problems = []
done = threading.Event()


def writer(seed):
    r = random.Random(seed)
    start.wait()
    for i in range(4000):
        op = r.randrange(5)
        k = r.randrange(400)
        if op == 0:
            d[k] = str(k)
        elif op == 1:
            d.pop(k, None)
        elif op == 2 and r.random() < 0.02:
            d.clear()
        elif op == 3:
            d.update({j: str(j) for j in range(k, k + 40)})
        else:
            for j in range(k, k + 20):
                d.pop(j, None)
    done.set()


def check(k, v):
    if type(k) is not int or type(v) is not str or v != str(k):
        problems.append((repr(k), repr(v)))


def walker(seed):
    r = random.Random(seed)
    start.wait()
    while not done.is_set():
        try:
            op = r.randrange(5)
            if op == 0:
                for k, v in d.items():
                    check(k, v)
            elif op == 1:
                for k, v in reversed(d.items()):
                    check(k, v)
            elif op == 2:
                for k, v in d.copy().items():
                    check(k, v)
            elif op == 3:
                for k in set(d):
                    check(k, str(k))
            else:
                for v in list(d.values()):
                    check(int(v), v)
        except RuntimeError:        # changed size during iteration
            pass


threads = [threading.Thread(target=writer, args=(k,)) for k in range(2)]
threads += [threading.Thread(target=walker, args=(k + 10,)) for k in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
if problems:
    raise AssertionError(problems[:5])
print("every entry read was a whole one")
