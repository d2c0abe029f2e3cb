# functools.partial.__reduce__/__setstate__ as CPython's: copy and pickle
# keep func, args, keywords and attributes; bad states are refused.
import functools, copy, pickle
p = functools.partial(int, "10", base=2)
print(p.__reduce__())
p.x = 1
print(p.__reduce__())
q = functools.partial(max)
print(q.__reduce__())
for c in (copy.copy(p), copy.deepcopy(p), pickle.loads(pickle.dumps(p)), pickle.loads(pickle.dumps(p, 0))):
    print(type(c).__name__, c.func, c.args, c.keywords, c.__dict__, c())
for bad in ((1,), (1, 2, 3, 4), (len, [], None, None), (len, (), 5, None), [len, (), None, None], 5):
    try:
        q.__setstate__(bad)
    except TypeError as e:
        print("TypeError", e)
q.__setstate__((len, (), None, None))
print(q.keywords, q.__dict__, q.func, q("abc"))
class T(tuple): pass
q.__setstate__((max, T((1, 5)), {"key": abs}, {"a": 2}))
print(q.args, type(q.args).__name__, q.keywords, q.a, q(-9))
class P(functools.partial): pass
r = P(pow, 2)
r.y = 3
c = pickle.loads(pickle.dumps(r))
print(type(c).__name__, c.args, c.y, c(10), repr(c)[:12])
