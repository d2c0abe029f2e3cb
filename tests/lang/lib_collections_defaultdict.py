from _collections import defaultdict, _count_elements, _tuplegetter
dd = defaultdict(list)
dd['a'].append(1); dd['a'].append(2); dd['b'].append(3)
print(dd, len(dd), dd['a'], 'c' in dd, isinstance(dd, dict))
print(sorted(dd.keys()), dd.get('zz'), 'zz' in dd)
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(sorted(c.items()), c.default_factory)
print(repr(defaultdict()), repr(defaultdict(None, {1: 2})), repr(defaultdict(int, a=1)))
cp = c.copy(); cp['z'] += 5; print(type(cp).__name__, cp['z'], 'z' in c)
print(dd == {'a': [1, 2], 'b': [3]}, dd != {'a': [1, 2]}, {'a': [1, 2], 'b': [3]} == dd)
u = defaultdict(list, {1: 2}) | {3: 4}; print(type(u).__name__, u)
v = {0: 0} | defaultdict(list, {1: 2}); print(type(v).__name__, v)
w = defaultdict(set); w |= {5: 6}; print(w)
n = defaultdict(None); 
try: n['x']
except KeyError as e: print('KeyError', e)
n.default_factory = str; print(repr(n['x']), n)
print(dd.__missing__('new'), dd['new'])
class D(defaultdict):
    def __missing__(self, key): return key * 2
d2 = D(int); print(d2['ab'], 'ab' in d2, repr(D(int, {1: 1})))
for f in [lambda: defaultdict(1), lambda: defaultdict()[1], lambda: defaultdict(int, 1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
counts = {}
_count_elements(counts, 'abracadabra'); print(counts)
dc = defaultdict(int); _count_elements(dc, [1, 1, 2]); print(dc)
gx = _tuplegetter(0, 'the x'); gy = _tuplegetter(1, 'the y')
print(gx.__get__((3, 4), tuple), gy.__get__((3, 4)), gx.__doc__, gx.__get__(None, tuple) is gx)
try: gy.__get__((1,), tuple)
except IndexError as e: print('IndexError', e)
try: gx.__get__([1], list)
except TypeError as e: print('TypeError', e)
class Q:
    x = _tuplegetter(0, 'doc')
try: Q().x
except TypeError as e: print('TypeError', e)
try: Q().x = 1
except AttributeError as e: print('AttributeError', e)
