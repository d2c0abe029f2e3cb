# Comparisons made by containers and builtins (sort, min/max, in, index,
# count, dict keys): small ints, bools, big ints and mixed kinds.
vals = [3, -1, 2**47 - 1, -2**47, 2**47, -2**47 - 1, 0, True, False, 2.5, 10**30, -7]
print(sorted(vals))
print(min(vals), max(vals), sorted(vals, reverse=True)[:4])
print([v in vals for v in (1, 0, 2**47, 2.5, -2**47 - 1, 99)])
print(vals.index(True), vals.index(2**47), vals.count(0), vals.count(1))
print([1, 2, 3] < [1, 2, 4], (1, 2) < (1, 2, 0), [5] == [5.0], (2**50, 1) > (2**50, 0))
d = {1: "a", 2**47: "b", -1: "c", True: "d"}
print(d, d[1], 2**47 in d, 1.0 in d)
print(sorted({5, 3, 2**48, -2**48, 0}))
import heapq, bisect
h = [9, 4, 7, 1, 2**60, -3]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(len(h))])
s = [1, 3, 3, 5, 2**49]
print(bisect.bisect_left(s, 3), bisect.bisect_right(s, 3), bisect.bisect(s, 2**48))
class Odd(int):
    def __lt__(self, other):
        return True
print(sorted([Odd(5), 1, Odd(2)]) == [Odd(2), 1, Odd(5)] or "custom order used")
print(max([1, 2, 3], key=lambda x: -x), min(3, 1, 2), max("b", "a"))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
