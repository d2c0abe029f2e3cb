# Sets and frozensets: CPython iteration order, algebra, in-place ops, hashing.
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s, set(), set("aab") == {"a", "b"})
s.add(10)
s.add(-1)
s.discard(3)
print(s, sorted(s))
print({1, 2, 3} | {3, 4}, {1, 2, 3} & {2, 3, 4}, {1, 2, 3} - {2}, {1, 2, 3} ^ {3, 4})
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2} == {2, 1}, {1} != {2})
print(set(range(20)), {x % 5 for x in range(20)}, frozenset([1, 2]))
big = set()
for i in range(100):
    big.add(i * 7 % 31)
print(big, len(big))
for i in range(0, 50, 2):
    big.discard(i)
print(big)
print({-1, -2, 2 ** 64, 0}, {True, 1.5, "x" * 0 == ""})
t = {1, 2, 3}
t |= {9}
t -= {1}
print(t, t.union([7], (8,)), t.intersection(range(5)), t.issubset(range(100)))
print(hash(frozenset()) , hash(frozenset([1, 2, 3])), {frozenset([1]): "x"})
p = {5, 6, 7}
print(p.pop(), p.pop(), p)
try:
    p.remove(99)
except KeyError as e:
    print("KeyError", e)
print({*range(3), *"ab"} >= {0, 1}, list({1: 2}.keys() | {3}) if False else "")
