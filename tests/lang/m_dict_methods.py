# dict methods: fromkeys, setdefault, popitem (LIFO), pop, update forms,
# | and |=, reversed, dict() constructor errors.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), {}.fromkeys(range(3), []))
d = dict.fromkeys('xy', [])
d['x'].append(1)
print(d)
t('fromkeys none', lambda: dict.fromkeys())
t('fromkeys int', lambda: dict.fromkeys(5))
t('fromkeys unhashable', lambda: dict.fromkeys([[1]]))
t('fromkeys 3', lambda: dict.fromkeys('a', 1, 2))
d = {'a': 1}
print(d.setdefault('a', 5), d.setdefault('b', 2), d.setdefault('c'), d)
t('setdefault unhashable', lambda: d.setdefault([], 1))
t('setdefault none', lambda: d.setdefault())
d = {1: 'a', 2: 'b', 3: 'c'}
print(d.popitem(), d.popitem(), d)
d[9] = 'z'
print(d.popitem(), d.popitem(), d)
t('popitem empty', lambda: d.popitem())
t('popitem arg', lambda: {1: 2}.popitem(1))
d = {'a': 1, 'b': 2}
print(d.pop('a'), d.pop('zz', None), d)
t('pop missing', lambda: d.pop('zz'))
t('pop none', lambda: d.pop())
t('pop unhashable', lambda: d.pop([]))
d = {}
d.update({'a': 1}, b=2)
d.update([('c', 3)], d=4)
d.update(e=5)
d.update()
print(d)
class M:
    def keys(self):
        return ['k1', 'k2']
    def __getitem__(self, k):
        return k.upper()
d.update(M())
print(d, dict(M()))
t('update 2 args', lambda: d.update({}, {}))
t('update element 3', lambda: d.update([(1, 2, 3)]))
t('update element 1', lambda: d.update(['a']))
t('update element int', lambda: d.update([1]))
t('update int', lambda: d.update(5))
t('dict elem len 3', lambda: dict([(1, 2, 3)]))
t('dict elem str', lambda: dict(['ab', 'cd', 'e']))
t('dict 2 args', lambda: dict({}, {}))
print(dict(a=1, b=2), dict([('a', 1)], b=2), dict({'x': 1}, x=2), dict(zip('ab', [1, 2])))
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a, b)
c = a.copy()
c |= b
print(c)
c |= [('w', 0)]
print(c)
t('or list', lambda: a | [('q', 1)])
t('ror list', lambda: [('q', 1)] | a)
def ior_bad():
    x = {}
    x |= 5
    return x
t('ior int', ior_bad)
print(list(reversed({'a': 1, 'b': 2, 'c': 3})), list(reversed({})))
d = {1: 1, 2: 2, 3: 3}
del d[2]
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())),
      list(reversed(d.items())))
r = reversed(d)
print(type(r).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
print(type(iter(d)).__name__, type(iter(d.values())).__name__, type(iter(d.items())).__name__)
it = iter(d)
print(it.__length_hint__(), next(it), it.__length_hint__())
def mutate():
    x = {1: 1}
    for k in reversed(x):
        x[k + 1] = 1
t('mutate reversed', mutate)
print(d.__reversed__ is not None, {}.get(1), {1: 2}.get(1, 3), {}.get(1, 3))
t('get none', lambda: {}.get())
t('keys arg', lambda: {}.keys(1))
