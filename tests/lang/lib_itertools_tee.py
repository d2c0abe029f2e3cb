import itertools as it
a, b = it.tee(range(5))
print(next(a), next(a), next(b), list(a), list(b))
a, b, c = it.tee('xyz', 3); print(list(c), list(b), list(a))
print(it.tee('ab', 0), len(it.tee('ab', 1)), type(it.tee('ab')[0]).__name__)
t1, t2 = it.tee(iter(range(200)))
print(sum(t1), sum(t2))
x, y = it.tee([1, 2, 3]); x2 = x.__copy__(); print(list(x), list(x2), list(y))
u, v = it.tee(it.count()); print([next(u) for _ in range(3)], next(v))
p, q = it.tee(x for x in 'abc'); p2, p3 = it.tee(p); print(list(p2), list(p3), list(q))
src = iter([1, 2, 3]); m, n = it.tee(src); next(m); print(list(src), list(n))
for bad in [lambda: it.tee([], -1), lambda: it.tee(), lambda: it.tee(1), lambda: it.tee([], 'a'), lambda: it.tee([], n=2)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
def gen():
    yield 1
    raise RuntimeError('from source')
g1, g2 = it.tee(gen())
print(next(g1))
try: next(g1)
except RuntimeError as e: print('RuntimeError', e)
print(next(g2))
