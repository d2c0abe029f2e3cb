# dict insertion order through deletes, re-inserts, updates, popitem,
# setdefault and views that follow later changes.
d = {}
for k in 'hello world':
    d[k] = d.get(k, 0) + 1
print(d, list(d), list(d.values()))
del d['l']
d['l'] = 0
print(list(d))
d.update({'h': 9, 'z': 1})
print(list(d.items()))
print(d.setdefault('a', 5), d.setdefault('h', 0), list(d))
keys, vals, items = d.keys(), d.values(), d.items()
d['new'] = 1
del d['h']
print(list(keys), list(vals)[-2:], list(items)[:2], len(keys))
while d:
    print(d.popitem(), end=' ')
print()
print(dict.fromkeys('abcabc'), list(dict.fromkeys([3, 1, 3, 2])))
m = {i: i * i for i in range(10)}
for i in range(0, 10, 2):
    del m[i]
m[0] = 'back'
print(m, list(reversed(m)), next(iter(m)), next(reversed(m.items())))
big = {i: None for i in range(100)}
for i in range(95):
    del big[i]
print(list(big), list(reversed(big.keys())))
print({**{'a': 1, 'b': 2}, 'a': 3, **{'c': 4}}, {'a': 1} | {'a': 2, 'b': 3})
