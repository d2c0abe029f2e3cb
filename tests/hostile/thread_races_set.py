# One set grown, shrunk and cleared by two threads while two others walk
# it and copy it without a lock (iteration, set(s), s | t, frozenset(s)).
# A walker reads the table's mask before the table, once per walk, so it
# never pairs a grown mask with the older, smaller table; a copy takes
# each entry's key and hash together, so every copied key is found again
# in the copy.
import random
import threading

s = set(range(50))
start = threading.Barrier(4)
problems = []
done = threading.Event()


def writer(seed):
    r = random.Random(seed)
    start.wait()
    for i in range(4000):
        op = r.randrange(4)
        k = r.randrange(2000)
        if op == 0:
            s.update(range(k, k + 60))
        elif op == 1:
            for j in range(k, k + 60):
                s.discard(j)
        elif op == 2 and r.random() < 0.05:
            s.clear()
        else:
            s.add(k)
    done.set()


def walker(seed):
    r = random.Random(seed)
    start.wait()
    while not done.is_set():
        try:
            op = r.randrange(4)
            if op == 0:
                for x in s:
                    if type(x) is not int:
                        problems.append(repr(x))
            elif op == 1:
                c = set(s)
            elif op == 2:
                c = s | {-1}
            else:
                c = frozenset(s)
            if op:
                for x in c:
                    if type(x) is not int or x not in c:
                        problems.append(("lost", repr(x)))
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
print("every key read was an int, and every copy finds its keys")
