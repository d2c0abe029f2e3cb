# list subclass: sorting, slicing assignment, in-place operators, comparisons.
class L(list):
    pass

a = L([5, 3, 9, 1])
a.sort()
print(a, type(a).__name__)
a.sort(key=lambda x: -x)
print(a)
a[1:3] = [0, 0, 0]
print(a, len(a))
del a[0]
print(a)
a.extend(list(a))
print(a, type(a).__name__)
a += (7, 8)
print(a, type(a).__name__)
print(a < [0, 1], a > [], a != a, L([1]) == L([1]), L([1]) == [1])
print(a.copy(), type(a.copy()).__name__, a[:], type(a[:]).__name__)
b = L(range(10))
print(b[::3], b[-2:], b.index(4), sum(b), min(b), max(b))
b.insert(0, -1)
b.remove(5)
b.reverse()
print(b)
b.clear()
print(b, bool(b), type(b).__name__)
c = L([3, 1, 2])
print(sorted(c), type(sorted(c)).__name__, list(map(str, c)), [*c], (*c,))
