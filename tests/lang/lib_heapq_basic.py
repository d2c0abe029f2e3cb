import _heapq as h
import _bisect as b
data = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]
heap = []
for x in data:
    h.heappush(heap, x)
print(heap)
print([h.heappop(heap) for _ in range(len(data))])
l = list(data); h.heapify(l); print(l)
print(h.heapreplace(l, 11), l)
print(h.heappushpop(l, -1), h.heappushpop(l, 5), l)
m = list(data); h._heapify_max(m); print(m, h._heappop_max(m), h._heapreplace_max(m, 3), m)
t = [(2, 'b'), (1, 'a'), (3, 'c')]; h.heapify(t); print(h.heappop(t), t)
for f in [lambda: h.heappush(1), lambda: h.heappop(), lambda: h.heappop(1), lambda: h.heappop([]), lambda: h.heapify(()), lambda: h.heapreplace([], 1), lambda: h.heappush((), 1), lambda: h.heappushpop(1,2), lambda: h.heappush([1], 'a'), lambda: h._heappop_max([]), lambda: h.heapify(x=1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
