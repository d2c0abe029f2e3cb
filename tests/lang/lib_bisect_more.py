import _bisect as b
a = [10, 20, 20, 30]
for x in [5, 10, 20, 25, 30, 35]:
    print(x, b.bisect_left(a, x), b.bisect_right(a, x))
print(b.bisect_left(a, 20, lo=2), b.bisect_right(a, 20, hi=2), b.bisect_left(a, 20, 1, 1), b.bisect_left(range(100), 37))
print(b.bisect_right((1, 2, 3), 2), b.bisect_left('abc', 'b'), b.bisect_right([], 1))
grades = 'FDCBA'; bps = [60, 70, 80, 90]
print([grades[b.bisect_right(bps, s)] for s in [33, 99, 77, 70, 89, 90, 100]])
items = []
for v in [5, 1, 4, 1, 3]:
    b.insort_left(items, v)
print(items)
recs = []
for r in [('b', 2), ('a', 1), ('c', 3), ('a2', 1)]:
    b.insort_right(recs, r, key=lambda t: t[1])
print(recs)
recs2 = []
for r in [('b', 2), ('a', 1), ('c', 3), ('a2', 1)]:
    b.insort_left(recs2, r, key=lambda t: t[1])
print(recs2, b.bisect_left(recs2, 2, key=lambda t: t[1]), b.bisect_right(recs2, 1, key=lambda t: t[1]))
b.insort_right(items, 2, 0, 3); print(items)
print(b.bisect_left(a, 20, hi=None), b.bisect_right(a=a, x=20, lo=0, hi=4, key=None))
for bad in [lambda: b.bisect_left(a, 1, lo=-1), lambda: b.bisect_right(a, 1, 0, -1), lambda: b.insort_left((1, 2), 1),
            lambda: b.bisect_left([1, 'a'], 0), lambda: b.bisect_right(a, 1, 'x'), lambda: b.bisect_left(a)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
