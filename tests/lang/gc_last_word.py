# A block of exactly 2 KiB (a tuple of 254 items, a list's 256 items) is
# served from the collector's largest small size.  Every word of it must
# be scanned: an object referenced only from its last word was freed
# while still in the tuple (and its memory handed to the next object).
import gc
import threading

class Box:
    def __init__(self, n):
        self.n = n

def make(k):
    return tuple([Box(k * 1000 + i) for i in range(254)])

def churn(rounds, n):
    for r in range(rounds):
        gc.collect()
        junk = [Box(-1) for _ in range(n)]
    return len(junk)

tuples = [make(k) for k in range(100)]
churn(3, 10000)
bad = [k for k, t in enumerate(tuples)
       if not isinstance(t[-1], Box) or t[-1].n != k * 1000 + 253]
print("tuples of 254:", len(tuples), "bad", len(bad))

# Once a thread has started, a growing list copies into a fresh block as
# long as the old one (objects/list.c): appends pass through an item
# array of exactly 256 slots.
t = threading.Thread(target=lambda: None)
t.start()
t.join()

def grow(k):
    out = []
    for i in range(300):
        out.append((str(k * 1000 + i), i))
        if i == 255:
            churn(2, 2000)
    return out

lists = [grow(k) for k in range(4)]
bad = [(k, i) for k, l in enumerate(lists) for i, x in enumerate(l)
       if type(x) is not tuple or x != (str(k * 1000 + i), i)]
print("lists of 300:", len(lists), "bad", bad[:3])
