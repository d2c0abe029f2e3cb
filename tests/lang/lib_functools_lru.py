# _functools._lru_cache_wrapper, the C core of functools.lru_cache.
from _functools import _lru_cache_wrapper

def info(*a):
    return a

calls = []
def square(x):
    calls.append(x)
    return x * x

f = _lru_cache_wrapper(square, 2, False, info)
print(f(2), f(3), f(2), f(4), f(3), calls)
print(f.cache_info())
f.cache_clear()
print(f.cache_info(), f(2), calls)

g = _lru_cache_wrapper(lambda *a, **k: (a, sorted(k.items())), None, False, info)
print(g(1, 2), g(1, 2), g(1, b=2), g(1, b=2), g.cache_info())

t = _lru_cache_wrapper(lambda x: type(x).__name__, 10, True, info)
print(t(1), t(1.0), t(True), t.cache_info())
u = _lru_cache_wrapper(lambda x: type(x).__name__, 10, False, info)
print(u(1), u(1.0), u.cache_info())

z = _lru_cache_wrapper(square, 0, False, info)
print(z(5), z(5), z.cache_info())
n = _lru_cache_wrapper(square, -3, False, info)
print(n(6), n.cache_info())

class C:
    def __init__(self, v): self.v = v
    meth = _lru_cache_wrapper(lambda self, k: self.v + k, 8, False, info)
c = C(10)
print(c.meth(1), c.meth(1), C.meth.cache_info())

f.__doc__ = 'doc'
f.extra = 1
print(f.__doc__, f.extra, f.__dict__)

def boom(x):
    raise ValueError(x)
b = _lru_cache_wrapper(boom, 4, False, info)
for _ in range(2):
    try: b(1)
    except ValueError as e: print('ValueError', e)
print(b.cache_info())

for fn in [lambda: _lru_cache_wrapper(1, 1, False, info), lambda: _lru_cache_wrapper(square, 'x', False, info),
           lambda: _lru_cache_wrapper(square), lambda: g([1])]:
    try: print(fn())
    except Exception as e: print(type(e).__name__, e)
