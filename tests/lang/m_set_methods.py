# set and frozenset methods with several arguments, *_update forms,
# operators with non-sets, and errors.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

a = {1, 2, 3, 4}
print(sorted(a.union([5], (6,), range(7, 9))), sorted(a.intersection([1, 2, 3], {2, 3})),
      sorted(a.difference([1], {2})), sorted(a.symmetric_difference([4, 5])))
print(sorted(a.union()), sorted(a.intersection()), a.difference() == a, a.union() is not a)
s = set(a)
s.intersection_update([1, 2, 3, 9], (2, 3, 4))
print(sorted(s))
s = set(a)
s.difference_update([1], {2}, range(3, 4))
print(sorted(s))
s = set(a)
s.symmetric_difference_update([4, 5, 6])
print(sorted(s))
s.symmetric_difference_update(s)
print(s)
s = set(a)
s.intersection_update()
print(sorted(s))
s.difference_update(s)
print(s)
s = {1, 2}
s.update([3], {4}, 'ab')
print(sorted(s, key=str))
t('symdiff_update 2', lambda: set().symmetric_difference_update([1], [2]))
t('symdiff_update 0', lambda: set().symmetric_difference_update())
t('intersection_update int', lambda: set().intersection_update(1))
t('difference_update unhashable', lambda: {1}.difference_update([[1]]))
t('union int', lambda: a.union(1))
t('or list', lambda: a | [1])
t('and tuple', lambda: a & (1,))
t('sub list', lambda: a - [1])
t('xor str', lambda: a ^ 'a')
t('rsub', lambda: [1] - a)
def ior():
    x = {1}
    x |= [2]
t('ior list', ior)
f = frozenset(a)
print(type(f | {9}).__name__, type({9} | f).__name__, type(f.union([1])).__name__,
      type(f.copy()).__name__, f.copy() is f)
t('frozenset add', lambda: f.add(1))
t('frozenset update', lambda: f.intersection_update([1]))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint('abc'), a.isdisjoint([4]))
print({1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1} < {1, 2}, frozenset([1]) == {1})
t('lt list', lambda: {1} < [1, 2])
t('remove missing', lambda: set().remove(5))
t('remove unhashable', lambda: set().remove([]))
t('pop empty', lambda: set().pop())
t('discard unhashable', lambda: set().discard({}))
s = {1}
s.discard(2)
s.discard(frozenset())
print(s, {frozenset([1])} == {frozenset([1])}, set([1]) in {frozenset([1])})
t('add no args', lambda: set().add())
t('issubset int', lambda: set().issubset(3))
