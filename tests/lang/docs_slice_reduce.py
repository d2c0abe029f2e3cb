# slice.__reduce__ gives (slice, (start, stop, step)), so copy, deepcopy
# and pickle rebuild slices, including ones holding arbitrary objects.
import copy
import pickle

for s in (slice(1, 2), slice(None), slice(-3, None, -1), slice("a", [1], 3)):
    print(s.__reduce__(), copy.copy(s), copy.deepcopy(s))
    print([pickle.loads(pickle.dumps(s, p)) for p in range(pickle.HIGHEST_PROTOCOL + 1)])
inner = [1]
s = slice(inner, None)
d = copy.deepcopy(s)
print(d == s, d.start is inner, copy.copy(s).start is inner)
print(pickle.loads(pickle.dumps({"k": slice(0, 10, 2)})))
print([0, 1, 2, 3, 4][pickle.loads(pickle.dumps(slice(1, None, 2)))])
try:
    slice(1).__reduce__(1)
except TypeError as e:
    print("TypeError", e)
print("__reduce__" in slice.__dict__)
