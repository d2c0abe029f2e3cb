# deque: remove() under a mutating comparison, index() bounds, pickling
# of slotted subclasses and of exhausted iterators.
import sys, pickle, copy
from collections import deque

class MutateCmp:
    def __init__(self, deque, result):
        self.deque = deque
        self.result = result
    def __eq__(self, other):
        self.deque.clear()
        return self.result

for match in (True, False):
    d = deque(['ab'])
    d.extend([MutateCmp(d, match), 'c'])
    try:
        d.remove('c')
    except Exception as e:
        print(type(e).__name__, e)
    print(d)

d = deque([1, MutateCmp(None, False), 3])
d[1].deque = d
for meth, arg in (("index", 3), ("count", 3)):
    d = deque([1, MutateCmp(None, False), 3]); d[1].deque = d
    try:
        print(getattr(d, meth)(arg))
    except Exception as e:
        print(meth, type(e).__name__, e)
d = deque([1, 2]); d.append(MutateCmp(d, False))
try:
    print(5 in d)
except Exception as e:
    print("in", type(e).__name__, e)

a = deque([-2, -1, 0, 0, 1, 2])
print(a.index(0, -4 * sys.maxsize, 4 * sys.maxsize), a.index(0, 3, 4), a.index(0, -3, -2))
for args in ((0, 4 * sys.maxsize, -4 * sys.maxsize), (2, 0, -10), (0, None)):
    try:
        print(a.index(*args))
    except Exception as e:
        print(type(e).__name__, e)

class Deque(deque):
    pass
class DequeWithSlots(deque):
    __slots__ = ('x', 'y', '__dict__')
for cls in Deque, DequeWithSlots:
    for d in cls('abc'), cls('abcde', maxlen=4):
        d.x = ['x']
        d.z = ['z']
        for proto in range(pickle.HIGHEST_PROTOCOL + 1):
            e = pickle.loads(pickle.dumps(d, proto))
            assert type(e) is type(d) and list(e) == list(d), (cls, proto)
            print(cls.__name__, proto, e.x, e.z, hasattr(e, 'y'), e.maxlen)
        e = copy.copy(d)
        print(e.x is d.x, list(e))

orig = deque(range(5))
for rev in (False, True):
    it = reversed(orig) if rev else iter(orig)
    for i in range(5):
        next(it)
    try:
        next(it)
    except StopIteration:
        print("stop")
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        it2, d2 = pickle.loads(pickle.dumps((it, orig), proto))
        print(type(it2).__name__, list(it2), it2.__length_hint__())
    print(it.__reduce__()[0].__name__, it.__reduce__()[1][1])
