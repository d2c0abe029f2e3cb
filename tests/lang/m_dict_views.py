# dict views: set operators with sets, lists and other views, comparisons,
# isdisjoint, containment of items, mapping, reversed, len, repr.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

def s(x):
    return sorted(x, key=repr)

d = {'a': 1, 'b': 2, 'c': 3}
e = {'b': 20, 'c': 3, 'd': 4}
k, v, i = d.keys(), d.values(), d.items()
print(s(k & {'a', 'x'}), s(k | {'x'}), s(k - {'a'}), s(k ^ {'a', 'z'}))
print(s({'a', 'x'} & k), s(['x'] | k), s({'a', 'q'} - k), s(('a', 'z') ^ k))
print(s(k & e.keys()), s(k | e.keys()), s(k - e.keys()), s(k ^ e.keys()))
print(s(i & e.items()), s(i - e.items()), s(i | {('z', 0)}), s(i ^ e.items()))
print(type(k & k).__name__, type(i | i).__name__)
print(k == {'a', 'b', 'c'}, k == {'a'}, k != {'a'}, k == e.keys(), k < {'a', 'b', 'c', 'd'},
      k <= {'a', 'b', 'c'}, k > {'a'}, k >= k, i == {('a', 1), ('b', 2), ('c', 3)})
print(k == ['a', 'b', 'c'], v == v, i == i)
print(k.isdisjoint({'x'}), k.isdisjoint(['a']), i.isdisjoint([('a', 1)]), i.isdisjoint([('a', 2)]),
      k.isdisjoint([]))
print(('a', 1) in i, ('a', 2) in i, ('z', 1) in i, 'a' in i, ('a',) in i, 'a' in k, 1 in v)
t('items contains unhashable', lambda: ([], 1) in i)
t('keys & int', lambda: k & 1)
t('int & keys', lambda: 1 & k)
t('values & set', lambda: v & {1})
t('keys unhashable', lambda: k & [[1]])
t('isdisjoint int', lambda: k.isdisjoint(1))
t('isdisjoint none', lambda: k.isdisjoint())
t('hash keys', lambda: hash(k))
print(k.mapping['a'], len(v.mapping), i.mapping == v.mapping)
t('set mapping', lambda: setattr(k, 'mapping', {}))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(len(k), len(v), len(i), repr(k), repr(v), repr(i))
d['z'] = 26
print(k, len(k), list(v))
t('views changed', lambda: [d.update(q=1) for _ in d.keys()])
print({}.keys() & {1}, {}.items() | set())
