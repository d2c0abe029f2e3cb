# deque and defaultdict reduce as CPython's (type, args, state, iterators),
# so copy.deepcopy and pickle keep their items, maxlen and factory.
import copy
import pickle
from collections import deque, defaultdict


def show(r):
    # the iterators in a reduce tuple print as addresses: list them instead
    return tuple(list(x) if hasattr(x, "__next__") else x for x in r)


for d in (deque(), deque([1, 2, 3]), deque([1, 2], 5), deque(maxlen=0), deque("ab", 1)):
    print(show(d.__reduce__()))
    for c in (copy.copy(d), copy.deepcopy(d),
              *(pickle.loads(pickle.dumps(d, p)) for p in range(pickle.HIGHEST_PROTOCOL + 1))):
        assert c == d and c.maxlen == d.maxlen and c is not d, (c, d)
    print(copy.deepcopy(d), pickle.loads(pickle.dumps(d)))

nested = deque([[1], [2]])
dc = copy.deepcopy(nested)
print(dc, dc[0] is nested[0])


class D(deque):
    pass


sd = D([1, 2], 3)
print(show(sd.__reduce__()))
sd.tag = "t"
print(show(sd.__reduce__()))
for c in (copy.deepcopy(sd), pickle.loads(pickle.dumps(sd))):
    print(type(c).__name__, c, c.maxlen, c.tag)

for dd in (defaultdict(), defaultdict(list, a=[1]), defaultdict(int, {1: 2, 3: 4})):
    print(show(dd.__reduce__()))
    for c in (copy.copy(dd), copy.deepcopy(dd), pickle.loads(pickle.dumps(dd)),
              pickle.loads(pickle.dumps(dd, 0))):
        print("  ", c, c.default_factory, c == dd)
dd = defaultdict(list)
dd["x"].append(1)
dd2 = copy.deepcopy(dd)
dd2["x"].append(2)
dd2["y"].append(3)
print(dd, dd2)


class DD(defaultdict):
    pass


s = DD(set, k={1})
print(show(s.__reduce__()))
c = pickle.loads(pickle.dumps(s))
print(type(c).__name__, c, c.default_factory)
print("__reduce__" in deque.__dict__, "__reduce__" in defaultdict.__dict__)
