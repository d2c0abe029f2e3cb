# set in-place operators |= &= -= ^= with sets, frozensets, self and
# non-sets; results' types; set comparisons and containment of sets.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

def op(name, a, b):
    x = set(a)
    alias = x
    if name == '|':
        x |= b
    elif name == '&':
        x &= b
    elif name == '-':
        x -= b
    else:
        x ^= b
    return sorted(x), x is alias

for name in '|&-^':
    print(name, op(name, {1, 2, 3}, {2, 3, 4}), op(name, {1, 2}, frozenset([2, 5])), op(name, set(), {1}))
s = {1, 2}
s |= s
print(s)
s &= s
print(s)
s ^= s
print(s)
s = {1, 2}
s -= s
print(s)
for name in '|&-^':
    t('set %s= list' % name, lambda: op(name, {1}, [1]))
f = frozenset([1, 2])
g = f
f |= {3}
print(sorted(f), type(f).__name__, f is g, sorted(g))
f -= {1}
print(sorted(f), type(f).__name__)
print(type(frozenset([1]) & {1}).__name__, type({1} & frozenset([1])).__name__,
      type(frozenset() | set()).__name__, type(set() ^ frozenset()).__name__)
print({1, 2} == frozenset([1, 2]), {1} < frozenset([1, 2]), frozenset([1, 2]) >= {2},
      {frozenset([1])} == {frozenset([1])}, {1, 2}.issubset(frozenset([1, 2, 3])))
t('set in set', lambda: {1} in {frozenset([1])})
t('unhashable in set', lambda: [] in {1})
t('set of sets', lambda: {{1}})
print(len({1, 1.0, True}), {1, 2} | {2.0}, sorted({-1, 3, 2} - {2}))
