# requires: cachetools
# cachetools: LRU/LFU/TTL/FIFO caches and memoizing decorators.
import cachetools
from cachetools import LRUCache, LFUCache, TTLCache, FIFOCache, RRCache, cached, cachedmethod
from cachetools.keys import hashkey, typedkey
import operator

lru = LRUCache(maxsize=3)
for k in "abcadeaf":
    lru[k] = ord(k)
    _ = lru.get("a")
print(sorted(lru.items()), lru.currsize, lru.maxsize)
lfu = LFUCache(maxsize=2)
lfu["x"] = 1; lfu["y"] = 2; lfu["x"]; lfu["x"]; lfu["z"] = 3
print(sorted(lfu), lfu.popitem())
fifo = FIFOCache(maxsize=2)
for i in range(5):
    fifo[i] = i * i
print(dict(fifo))
sized = LRUCache(maxsize=10, getsizeof=len)
sized["a"] = "xxxx"; sized["b"] = "yyyyy"; sized["c"] = "zzz"
print(sorted(sized), sized.currsize)
try:
    sized["big"] = "q" * 11
except ValueError as e:
    print("ValueError", e)
now = [0.0]
ttl = TTLCache(maxsize=5, ttl=10, timer=lambda: now[0])
ttl["a"] = 1; now[0] = 5; ttl["b"] = 2; now[0] = 12
print(sorted(ttl), "a" in ttl, ttl.get("b"))
now[0] = 30; ttl.expire(); print(len(ttl))
calls = []
@cached(cache=LRUCache(maxsize=32))
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(calls), fib.cache.currsize)
@cached(cache={}, key=lambda a, b=0: hashkey(a))
def add(a, b=0):
    return a + b
print(add(1, 2), add(1, 5))
class Svc:
    def __init__(self):
        self.cache = LRUCache(maxsize=4)
        self.n = 0
    @cachedmethod(operator.attrgetter("cache"))
    def get(self, key):
        self.n += 1
        return key.upper()
s = Svc()
print(s.get("a"), s.get("a"), s.get("b"), s.n)
print(hashkey(1, 2, x=3) == hashkey(1, 2, x=3), typedkey(1) == typedkey(1.0), hashkey(1) == hashkey(1.0))
print(repr(LRUCache(2)).startswith("LRUCache("), cachetools.__name__)
try:
    LRUCache(2)["missing"]
except KeyError as e:
    print("KeyError", e)
