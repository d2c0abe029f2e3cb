# Unsynchronized races on the mutators that shrink, reorder or rebuild a
# container -- list pop/remove/del/slice assignment/sort/reverse/clear/*=,
# bytearray slicing, StringIO/BytesIO, deque, set and dict bulk updates --
# while other threads read the same objects.  They must never crash krait
# nor hand a reader a missing item (SystemError); only exceptions CPython
# can also raise here are allowed, and they are caught.
import collections
import io
import random
import threading

lst = list(range(100))
ba = bytearray(b"x" * 300)
sio = io.StringIO("abc" * 50)
bio = io.BytesIO(b"abc" * 50)
dq = collections.deque(range(100))
st = set(range(100))
dc = {i: i for i in range(100)}
ALLOWED = (ValueError, IndexError, KeyError, RuntimeError, BufferError)
start = threading.Barrier(4)
problems = []


def mutate(r, i):
    global lst, ba, st
    op = r.randrange(20)
    if op == 0: lst.append(i)
    elif op == 1: lst.pop() if lst else None
    elif op == 2: lst[r.randrange(10):r.randrange(50)] = [1] * r.randrange(30)
    elif op == 3: lst.sort(key=lambda x: -x)
    elif op == 4: lst.reverse(); lst.insert(r.randrange(10), i)
    elif op == 5: del lst[:r.randrange(20)]; lst *= 1
    elif op == 6: lst.extend(range(5)); lst.remove(1)
    elif op == 7: lst[::3] = lst[::3]; del lst[::5]
    elif op == 8: lst.clear() if r.random() < 0.05 else lst.extend(range(20))
    elif op == 9: ba.extend(b"abc" * r.randrange(10)); del ba[:r.randrange(40)]
    elif op == 10: ba[r.randrange(50):r.randrange(100)] = b"z" * r.randrange(40)
    elif op == 11: sio.write("hello"); sio.seek(r.randrange(50)); sio.read(3); sio.truncate(r.randrange(200))
    elif op == 12: bio.write(b"hello"); bio.seek(r.randrange(50)); bio.read(3); bio.getvalue()
    elif op == 13: dq.extend(range(r.randrange(20))); [dq.popleft() for _ in range(r.randrange(20))]
    elif op == 14: dq.rotate(r.randrange(-5, 5)); dq.remove(3)
    elif op == 15: st ^= set(range(r.randrange(200)))
    elif op == 16: st.difference_update(range(r.randrange(100)))
    elif op == 17: dc.update((k, k) for k in range(r.randrange(150)))
    elif op == 18: [dc.pop(k, 0) for k in range(r.randrange(150))]
    elif op == 19: ba.pop() if ba else None; ba.insert(0, 65); ba += b"zz"


def read(r):
    for v in lst[:]:
        if not isinstance(v, int):
            problems.append(repr(v))
    if lst:
        v = lst[r.randrange(len(lst))] if lst else 0
        if not isinstance(v, int):
            problems.append(repr(v))
    sum(x for x in lst)
    bytes(ba).count(b"z")
    sorted(st)
    list(dc.items())
    list(dq)
    repr(lst)


def worker(seed):
    r = random.Random(seed)
    start.wait()
    for i in range(2500):
        try:
            mutate(r, i)
            read(r)
        except ALLOWED:
            pass


threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
if problems:
    raise AssertionError(problems[:5])
print("no reader saw a missing item")
