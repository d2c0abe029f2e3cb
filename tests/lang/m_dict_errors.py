# dict errors and edge cases: KeyError reprs, unhashable keys, mutation
# during iteration, comparisons, dict(**kw) and copy independence.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

d = {'a': 1, (1, 2): 'tuple', 3: 'int', None: 'none', 2.5: 'float', frozenset([1]): 'fs'}
print(d['a'], d[(1, 2)], d[3], d[None], d[2.5], d[frozenset([1])], d[3.0], len(d))
t('missing str', lambda: d['zz'])
t('missing tuple', lambda: d[(9,)])
t('missing int', lambda: d[99])
t('missing none', lambda: {}[None])
t('unhashable get', lambda: d[[1]])
t('unhashable set', lambda: d.__setitem__({}, 1))
t('unhashable in', lambda: [] in d)
t('unhashable del', lambda: d.__delitem__(set()))
t('del missing', lambda: d.__delitem__('q'))
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 1}, {} == {}, {1: 2} == [(1, 2)])
t('dict lt', lambda: {} < {})
t('dict hash', lambda: hash({}))
def grow():
    x = {1: 1}
    for k in x:
        x[k + 10] = 0
t('grow during iter', grow)
def shrink():
    x = {1: 1, 2: 2}
    for k in x:
        del x[k]
t('shrink during iter', shrink)
def same_size():
    x = {1: 1, 2: 2}
    for k in x:
        x[k] = 5
    return x
t('assign during iter', same_size)
print(dict(a=1, b=2), dict(**{'x': 1}), dict({'a': 1}, **{'b': 2}))
c = {'l': [1]}
e = c.copy()
e['l'].append(2)
e['new'] = 1
print(c, e)
x = {}
x[1] = 'a'
x[1.0] = 'b'
x[True] = 'c'
print(x)
x = {'k': 1}
del x['k']
x['k'] = 2
x['j'] = 3
print(list(x), list(x.items()))
class K:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return isinstance(o, K)
print({K(): 1}[K()], K() in {K(): 2})
class BadHash:
    def __hash__(self):
        raise ValueError('no hash')
t('bad hash', lambda: {BadHash(): 1})
t('bad hash get', lambda: {}.get(BadHash()))
print(repr({}), repr({1: {2: {}}}), str({'a': 'b'}), {1: [1, 2], 'x': (3,)})
r = {}
r['self'] = r
print(r)
