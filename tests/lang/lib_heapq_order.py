import _heapq as h
class Item:
    def __init__(self, p, name): self.p, self.name = p, name
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return self.name
heap = []
for p, n in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'a2'), (0, 'z')]:
    h.heappush(heap, Item(p, n))
print(heap, [h.heappop(heap) for _ in range(5)])
data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0, 11, -1]
h.heapify(data); print(data)
print([h.heappop(data) for _ in range(len(data))])
def nsmallest(n, it):
    heap = list(it); h.heapify(heap)
    return [h.heappop(heap) for _ in range(min(n, len(heap)))]
print(nsmallest(3, [5, 2, 8, 1, 9]), nsmallest(10, 'hello'))
mx = [3, 1, 4, 1, 5, 9, 2, 6]; h._heapify_max(mx); print(mx, [h._heappop_max(mx) for _ in range(3)])
print(h.heappushpop([], 5), h.heappushpop([1], 0), h.heappushpop([1, 5], 3))
class Bad:
    def __lt__(self, o): raise ValueError('no order')
hp = [1, 2]
try: h.heappush(hp, Bad())
except ValueError as e: print('ValueError', e, len(hp))
class Grow:
    def __init__(self, heap): self.heap = heap
    def __lt__(self, o):
        self.heap.append(0)
        return True
gh = [0]
try: h.heappush(gh, Grow(gh))
except RuntimeError as e: print('RuntimeError', e)
print(h.heapreplace([1, 2, 3], 0), h.heappop([7]))
