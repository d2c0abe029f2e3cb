# heapq from four threads on one shared heap, with no lock: there is no
# GIL to make heappush/heappop atomic, so the heap's order may suffer, but
# krait must never crash, never pop from an emptied list past its start,
# and never hand back anything but the ints pushed.
import heapq
import random
import threading

heap = []
start = threading.Barrier(4)
problems = []


def worker(seed):
    r = random.Random(seed)
    start.wait()
    for i in range(4000):
        op = r.randrange(5)
        try:
            if op < 2:
                heapq.heappush(heap, r.randrange(1000))
            elif op == 2:
                v = heapq.heappop(heap)
                if type(v) is not int:
                    problems.append(repr(v))
            elif op == 3:
                v = heapq.heappushpop(heap, r.randrange(1000))
                if type(v) is not int:
                    problems.append(repr(v))
            else:
                v = heapq.heapreplace(heap, r.randrange(1000))
                if type(v) is not int:
                    problems.append(repr(v))
        except (IndexError, RuntimeError):
            pass


threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
if problems or any(type(v) is not int for v in heap):
    raise AssertionError(problems[:5])
print("only ints came out")
