# Lists: building, indexing, slicing, mutation, methods, sorting.
l = [3, 1, 2]
l.append(5)
l.insert(0, 9)
l.extend([7, 8])
print(l, len(l), l[0], l[-1], l[2:4], l[::-1])
print(l.pop(), l.pop(0), l, l.index(2), l.count(1))
l.remove(1)
l.sort()
print(l)
l.sort(reverse=True)
print(l, sorted([5, 2, 4]), sorted(["b", "a"], reverse=True))
print(sorted(["ccc", "a", "bb"], key=len))
l[0] = 100
del l[1]
print(l, l + [1], [0] * 3, 2 in l, 100 in l)
l[1:2] = ["a", "b", "c"]
print(l)
m = [[1, 2], [3, 4]]
m[1][0] = 30
print(m, [1, 2] == [1, 2], [1, 2] < [1, 3], list("abc"), list(range(4)))
print([x * x for x in range(6) if x % 2 == 0], [(a, b) for a in "ab" for b in (1, 2)])
print(min([4, 2, 8]), max([4, 2, 8]), sum([1, 2, 3]), min(3, 1, 2), max("abc"))
r = []
for i, v in enumerate(["x", "y"]):
    r.append((i, v))
print(r, list(zip([1, 2, 3], "ab")), list(reversed([1, 2, 3])))
print(any([0, 1]), all([1, 0]), list(map(abs, [-1, 2])), list(filter(None, [0, 1, 2])))
