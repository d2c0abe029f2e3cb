# Unsynchronized sort, slice assignment, clear and extend of one list from
# four threads while each also reads it.  A sort shows a stand-in array
# while it runs and puts the list back afterwards; another thread may grow
# or shrink the list meanwhile.  A reader that read the size before any of
# that must still index an array at least that long, holding real items
# (krait once read past the end of a shorter array: garbage values and
# crashes in 21 runs out of 25).
import random
import threading

lst = list(range(100))
start = threading.Barrier(4)
problems = []


def worker(seed):
    r = random.Random(seed)
    start.wait()
    for i in range(3000):
        op = r.randrange(4)
        try:
            if op == 0:
                lst[r.randrange(10):r.randrange(50)] = [1] * r.randrange(30)
            elif op == 1:
                lst.sort(key=lambda x: -x)
            elif op == 2:
                lst.clear() if r.random() < 0.05 else lst.extend(range(20))
            else:
                lst.sort()
        except (ValueError, IndexError):
            pass
        for v in lst[:]:
            if type(v) is not int:
                problems.append(repr(v))
        if lst:
            try:
                v = lst[r.randrange(len(lst))]
            except (IndexError, ValueError):    # emptied meanwhile
                continue
            if type(v) is not int:
                problems.append(repr(v))
        sum(x for x in lst)
        repr(lst)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
if problems:
    raise AssertionError(problems[:5])
print("every item read was an int")
