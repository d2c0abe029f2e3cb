# types.MappingProxyType and type.__dict__: read-only views of a mapping
import types

class A:
    x = 1
    def m(self):
        pass

d = A.__dict__
print(type(d).__name__, type(d) is types.MappingProxyType, d['x'], 'm' in d, 'zz' in d)
print(d.get('x'), d.get('nope'), d.get('nope', 7), [k for k in d if not k.startswith('__')])
try:
    d['x'] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    del d['x']
except TypeError as e:
    print(type(e).__name__, e)
try:
    d['nope']
except KeyError as e:
    print(type(e).__name__, e)
A.y = 5
print(d['y'], type(vars(A)).__name__)

base = {'a': 1, 'b': 2}
p = types.MappingProxyType(base)
print(p, str(p), len(p), list(p), list(p.keys()), list(p.values()), list(p.items()))
base['c'] = 3
print(p['c'], p.copy(), type(p.copy()).__name__, list(reversed(p)))
print(p == base, p == {'a': 1}, p != base)
print(p | {'d': 4}, {'z': 0} | p)
try:
    p |= {'e': 5}
except TypeError as e:
    print(type(e).__name__, e)
for bad in ([1, 2], (1,), 5):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
