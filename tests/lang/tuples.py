# Tuples and unpacking.
t = (1, "two", 3.0)
print(t, len(t), t[1], t[-1], t[0:2], (1,), (), t + (4,), t * 2)
a, b, c = t
print(a, b, c)
a, *rest = [1, 2, 3, 4]
print(a, rest)
*init, last = "abc"
print(init, last)
x, (y, z) = 1, (2, 3)
print(x, y, z)
print((1, 2) < (1, 3), (1, 2) == (1, 2), hash((1, 2)) == hash((1, 2)), tuple([1, 2]))
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p, q)
print(t.index("two"), t.count(1))
