# Cached global loads and stores while other threads rebind, add and
# delete globals: every value read is one that was stored, and the
# final state is what the last writes left.
import threading

shared = 0
flag = "start"
seen_bad = []

def writer(n, base):
    global shared
    for i in range(n):
        shared = base + i

def grower(n):
    g = globals()
    for i in range(n):
        g["tmp_%d" % i] = i
    for i in range(n):
        del g["tmp_%d" % i]

def reader(n):
    for _ in range(n):
        v = shared
        if not isinstance(v, int) or v < 0:
            seen_bad.append(v)
        f = flag
        if f not in ("start", "end"):
            seen_bad.append(f)

threads = [threading.Thread(target=writer, args=(20000, 0)),
           threading.Thread(target=writer, args=(20000, 100000)),
           threading.Thread(target=grower, args=(2000,)),
           threading.Thread(target=reader, args=(20000,)),
           threading.Thread(target=reader, args=(20000,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
flag = "end"
print("bad reads", seen_bad)
print("final shared is a last write", shared in (19999, 119999))
print("temporaries gone", [k for k in globals() if k.startswith("tmp_")])

# a counter under a lock: every cached store lands
count = 0
lock = threading.Lock()
def add(n):
    global count
    for _ in range(n):
        with lock:
            count = count + 1
ts = [threading.Thread(target=add, args=(5000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("count", count)

# a thread defines a global another function then reads
def define():
    global late
    late = "defined in a thread"
def read_late():
    return late
try:
    read_late()
except NameError as e:
    print(type(e).__name__, e)
t = threading.Thread(target=define)
t.start(); t.join()
print(read_late())
