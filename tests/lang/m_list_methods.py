# list methods: index with bounds, remove, pop/insert with __index__,
# count, reverse, copy, clear, sort (stability, key errors), reversed,
# *=, +=, slice assignment.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

l = [1, 2, 3, 2, 1]
print(l.index(2), l.index(2, 2), l.index(1, -2), l.index(2, 0, 2), l.index(1, -100, 100))
t('index missing', lambda: l.index(5))
t('index bounded missing', lambda: l.index(3, 0, 2))
t('index start none', lambda: l.index(1, None))
t('index start str', lambda: l.index(1, 'a'))
t('index no args', lambda: l.index())
t('index 4 args', lambda: l.index(1, 2, 3, 4))
t('index big', lambda: l.index(1, 2**100))
print(l.count(2), l.count(9), [[1], [1]].count([1]))
nan = float('nan')
print([nan].count(nan), [nan].index(nan), nan in [nan])
m = [3, 1, 2]
m.remove(1)
print(m)
t('remove missing', lambda: m.remove(9))
t('remove none', lambda: m.remove())
class Idx:
    def __index__(self):
        return 1
m = [10, 20, 30, 40]
print(m.pop(Idx()), m.pop(), m.pop(-2), m)
t('pop str', lambda: [1].pop('a'))
t('pop float', lambda: [1].pop(1.0))
t('pop out', lambda: [1].pop(5))
t('pop empty', lambda: [].pop())
t('pop big', lambda: [1].pop(2**100))
m = [1, 2]
m.insert(Idx(), 'x')
m.insert(-100, 'first')
m.insert(100, 'last')
m.insert(2**100, 'huge')
print(m)
t('insert str', lambda: [].insert('a', 1))
t('insert one', lambda: [].insert(1))
m.reverse()
print(m, m.copy() == m, m.copy() is m)
m.clear()
print(m)
t('append none', lambda: [].append())
t('append two', lambda: [].append(1, 2))
t('reverse arg', lambda: [].reverse(1))
t('copy arg', lambda: [].copy(1))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b'), (2, 'c'), (1, 'c')]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
s = list(pairs)
s.sort(key=lambda p: p[1])
print(s)
t('sort positional', lambda: [].sort(1))
t('sort bad kw', lambda: [].sort(cmp=1))
t('sort mixed', lambda: [1, 'a'].sort())
t('sort key raises', lambda: [1, 2].sort(key=lambda x: 1 / 0))
t('sort key not callable', lambda: [1, 2].sort(key=5))
print(list(reversed([1, 2, 3])), type(reversed([])).__name__, [1, 2].__reversed__().__length_hint__())
r = reversed([1, 2, 3])
print(next(r), r.__length_hint__())
it = iter([1, 2, 3])
next(it)
print(it.__length_hint__(), type(it).__name__)
m = [1, 2]
m *= 3
print(m)
m *= 0
print(m)
m = [1]
alias = m
m *= 2
m += (3,)
m += 'ab'
print(m, alias is m)
def exec_imul():
    x = [1]
    x *= 'a'
t('imul str', exec_imul)
def shrink():
    x = [1, 2, 3, 4]
    out = []
    for v in reversed(x):
        out.append(v)
        if len(x) > 2:
            x.pop()
    return out
print(shrink())
m = list(range(10))
m[2:5] = 'ab'
m[::3] = [0, 0, 0]
del m[::2]
print(m)
t('ext slice size', lambda: m.__setitem__(slice(None, None, 2), [1]))
key = 'a'
t('list idx str', lambda: [1][key])
