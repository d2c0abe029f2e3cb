import itertools as it
c = it.count(); print(next(c), next(c), next(c), repr(c))
c = it.count(2.5, 0.5); print([next(c) for _ in range(3)], repr(c))
c = it.count(10, -3); print([next(c) for _ in range(4)], repr(c))
c = it.count(start=5, step=2); print(next(c), repr(c))
big = it.count(2**70); print(next(big), repr(big))
c = it.count(1j); print(next(c), next(c))
c = it.count(0, True); print(repr(c))
c = it.count(0, 1.0); print(repr(c))
r = it.repeat('x', 3); print(list(r), list(r), repr(r))
r = it.repeat(None); print(next(r), next(r), repr(r))
print(list(it.repeat(1, 0)), list(it.repeat(times=2, object='o')))
print(it.repeat(5, 4).__length_hint__(), list(map(pow, range(4), it.repeat(2))))
for bad in [lambda: it.count('a'), lambda: it.count(1, 'x'), lambda: it.count(1, 2, 3),
            lambda: it.repeat(), lambda: it.repeat(1, 'a'), lambda: it.repeat(1).__length_hint__(),
            lambda: it.count(x=1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
class MyCount(it.count):
    pass
print(repr(MyCount(3)), type(MyCount(3)).__name__)
