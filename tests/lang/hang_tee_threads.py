# itertools.tee shared by threads (or re-entered from the source's own
# __next__): a copy that finds another one inside the source iterator gets
# RuntimeError at once instead of waiting for it.
import threading
from itertools import tee, islice, count, chain, cycle, takewhile, dropwhile, filterfalse, starmap
import operator
import sys

start = threading.Event()
finish = threading.Event()

class Slow:
    def __iter__(self):
        return self
    def __next__(self):
        start.set()
        finish.wait()
        return 'item'

a, b = tee(Slow())
got = []
t = threading.Thread(target=lambda: got.append(next(a)))
t.start()
try:
    start.wait()
    try:
        next(b)
    except RuntimeError as e:
        print('RuntimeError', e)
finally:
    finish.set()
    t.join()
print(got, next(b))

# Re-entering from the source's __next__ on one thread.
class Reenter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n == 2:
            try:
                next(copies[1])
            except RuntimeError as e:
                print('inner', type(e).__name__, e)
        if self.n > 3:
            raise StopIteration
        return self.n
copies = tee(Reenter())
print(list(copies[0]), list(copies[1]))

# Many threads draining copies of one tee never deadlock.
x, y = tee(range(2000))
out = {}
def drain(name, it):
    n = 0
    while True:
        try:
            next(it)
            n += 1
        except RuntimeError:
            continue
        except StopIteration:
            break
    out[name] = n
ts = [threading.Thread(target=drain, args=(k, it)) for k, it in (('x', x), ('y', y))]
for th in ts:
    th.start()
for th in ts:
    th.join()
print(sorted(out.items()))

# islice takes any step up to sys.maxsize.
print(list(islice(count(), 1, 10, sys.maxsize)), list(islice(range(100), 3, None, sys.maxsize)))
for bad in (sys.maxsize + 1, 0, -1):
    try:
        islice(count(), 1, 10, bad)
    except ValueError as e:
        print('ValueError', e)

# Keyword arguments go to a subclass's own __init__, and are refused otherwise.
for cls, args in ((chain, ([1], [2])), (cycle, ([1, 2],)), (islice, ([1, 2, 3], 2)),
                  (takewhile, (bool, [1, 0])), (dropwhile, (bool, [1, 0])),
                  (filterfalse, (None, [0, 1])), (starmap, (operator.add, [(1, 2)]))):
    class Plain(cls):
        pass
    class WithInit(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg
    try:
        Plain(*args, newarg=3)
    except TypeError as e:
        print('TypeError', e)
    w = WithInit(*args, newarg=3)
    print(cls.__name__, list(islice(w, 3)), w.newarg)
    try:
        cls(*args, newarg=3)
    except TypeError as e:
        print('TypeError', e)
