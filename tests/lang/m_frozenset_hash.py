# frozenset hashing (order-independent, equal to an equal frozenset's),
# frozensets as dict keys and set members, and set/frozenset equality.
a = frozenset([1, 2, 3])
b = frozenset([3, 2, 1])
c = frozenset(range(1, 4))
print(hash(a) == hash(b) == hash(c), a == b, a is not b, hash(frozenset()) == hash(frozenset([])))
d = {a: 'abc', frozenset(): 'empty'}
print(d[b], d[frozenset()], frozenset([1, 2, 3]) in d, {1, 2, 3} == a)
s = {a, b, c, frozenset([1])}
print(len(s), frozenset([1]) in s, sorted(len(x) for x in s))
nested = frozenset([frozenset([1]), frozenset([2, 3])])
print(len(nested), frozenset([1]) in nested, hash(nested) == hash(frozenset([frozenset([3, 2]), frozenset([1])])))
print(frozenset('abc') == frozenset('cab'), frozenset([1, 1.0, True]), frozenset() == set(), hash(frozenset([0])) != 0 or True)
for n in range(6):
    x = frozenset(range(n))
    y = frozenset(reversed(range(n)))
    print(n, hash(x) == hash(y), x == y)
try:
    hash({1})
except TypeError as e:
    print('TypeError', e)
try:
    frozenset([[1]])
except TypeError as e:
    print('TypeError', e)
