import _bisect as b
a = [1, 2, 2, 2, 3, 5]
print(b.bisect_left(a, 2), b.bisect_right(a, 2), b.bisect_left(a, 4), b.bisect_right(a, 0), b.bisect_left(a, 2, 2), b.bisect_right(a, 2, 0, 2))
b.insort_left(a, 4); b.insort_right(a, 2); print(a)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(b.bisect_left(recs, 3, key=lambda r: r[1]), b.bisect_right(recs, 3, key=lambda r: r[1]))
b.insort_right(recs, ('d', 4), key=lambda r: r[1]); print(recs)
print(b.bisect_left('acegi', 'f'), b.bisect_right(a=[1, 2], x=1, hi=None))
class L:
    def __init__(self, items): self.items = items
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
    def insert(self, i, x):
        print('insert', i, x); self.items.insert(i, x)
ll = L([1, 3]); b.insort_left(ll, 2); print(ll.items)
for f in [lambda: b.bisect_left([1], 1, -1), lambda: b.insort_right([1], 1, 'a'), lambda: b.bisect_right(1, 1), lambda: b.insort_left(1,1), lambda: b.bisect_right([1,2],1,0,5), lambda: b.bisect_right([1], 1, key=1), lambda: b.bisect_right(), lambda: b.bisect_right([1],2,hi='a'), lambda: b.insort_left([], 1, 0, 0, None, 1), lambda: b.bisect_left([1,2,3], 2, 0, 1.5), lambda: b.bisect_left([1], 1, z=1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
