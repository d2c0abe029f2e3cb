# functools.lru_cache (C core): each argument hashed once per call; a key
# the call itself cached is not evicted for (bpo-35780)
import functools

class H:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        H.calls += 1
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v

for maxsize in (1, 2, None):
    H.calls = 0
    @functools.lru_cache(maxsize=maxsize)
    def f(x, y):
        return (x.v, y)
    a = H(5)
    print(maxsize, f(a, 1), H.calls, f.cache_info())
    print(maxsize, f(a, 1), H.calls, f.cache_info())
    print(maxsize, f(H(6), 2), H.calls, f.cache_info())
    print(maxsize, f(a, 1), H.calls, f.cache_info())
    print(maxsize, f(a, y=1), H.calls, f.cache_info())

once = True
@functools.lru_cache(maxsize=10)
def g(x):
    global once
    rv = f'.{x}.'
    if x == 20 and once:
        once = False
        rv = g(x)
    return rv

for x in range(15):
    g(x)
print(g.cache_info())
print(g(20), g.cache_info())
for x in range(15):
    g(x)
print(g.cache_info())

@functools.lru_cache(maxsize=3, typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())
print(t(1), t(1.0), t.cache_info())
t.cache_clear()
print(t.cache_info())
