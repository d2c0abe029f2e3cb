from _collections import defaultdict
d = defaultdict(lambda: 'dflt', a=1)
print(d['a'], d['b'], sorted(d.items()))
print(d.get('c'), 'c' in d, d.setdefault('c', 3), d.pop('c'), len(d))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2; nested['x']['z'] -= 1
print({k: sorted(v.items()) for k, v in nested.items()})
g = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    g[k].append(v)
print(sorted(g.items()), list(g), len(g))
print(defaultdict(int, [('k', 5)])['k'], defaultdict(int, {'k': 6})['k'])
dd = defaultdict(set); dd[1].add(2); c = dd.copy(); c[1].add(3); print(dd[1], c[1], c.default_factory)
del dd[1]; print(dd)
try: del dd[2]
except KeyError as e: print('KeyError', e)
print(isinstance(dd, dict), issubclass(defaultdict, dict), type(dd).__name__, defaultdict.__mro__[1].__name__)
class Cnt(defaultdict):
    def __init__(self): super().__init__(int)
cn = Cnt(); cn['q'] += 1; print(sorted(cn.items()), type(cn).__name__, cn.default_factory)
for bad in [lambda: defaultdict(int, {}, {}), lambda: defaultdict('x')]:
    try: print(bad())
    except TypeError as e: print('TypeError', e)
