# One bytearray grown, shrunk and cleared by two threads while two others
# read it without a lock: bytes(b), b[i], b[i:j], b.find, iteration and
# comparison.  A reader takes the length before the data pointer, and
# the data only ever moves to a larger block, so a length read before a
# growth never indexes past the block read after it (krait read the
# data pointer first: an old, smaller block with a new length, and
# bytes past its end).  Without a lock a read may be torn: a byte the
# writer is moving, or the terminating zero of a shorter length, shows
# as 0; anything else came from outside the data.
import random
import threading

b = bytearray(b"x" * 64)
start = threading.Barrier(4)
problems = []
done = threading.Event()


def writer(seed):
    r = random.Random(seed)
    start.wait()
    for i in range(6000):
        op = r.randrange(4)
        if op == 0:
            b.extend(b"x" * r.randrange(1, 300))
        elif op == 1:
            del b[: r.randrange(200)]
        elif op == 2 and r.random() < 0.05:
            b.clear()
        else:
            b.append(120)
    done.set()


def reader(seed):
    r = random.Random(seed)
    start.wait()
    while not done.is_set():
        try:
            c = bytes(b)
            if c.strip(b"x\0"):
                problems.append(c[:20])
            n = len(b)
            if n:
                if b[r.randrange(n)] not in (0, 120):
                    problems.append("item")
                if b[: n // 2].strip(b"x\0"):
                    problems.append("slice")
            b.find(b"y")
            for v in b[:100]:
                if v not in (0, 120):
                    problems.append("iter")
            b == c
        except IndexError:          # shrunk meanwhile
            pass


threads = [threading.Thread(target=writer, args=(k,)) for k in range(2)]
threads += [threading.Thread(target=reader, args=(k + 10,)) for k in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
if problems:
    raise AssertionError(problems[:5])
print("every byte read was an x or a torn zero")
