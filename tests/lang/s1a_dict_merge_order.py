# dict(x), d.update(x), {**x}, x.copy() and type(name, bases, x) follow a
# dict subclass's own iteration when it overrides __iter__ (CPython's
# dict_merge checks tp_iter), and the plain storage order otherwise.
import collections

od = collections.OrderedDict([('a', 1), ('b', 2), ('c', 3)])
od.move_to_end('a')
print(list(od.items()))
print(dict(od), {**od})
d = {}
d.update(od)
print(d)
d = {'z': 0}
d.update(od, w=9)
print(d)
C = type('C', (), od)
print([k for k in C.__dict__ if k in 'abc'])

class Rev(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__(), reverse=True))
    def keys(self):
        return list(self)
    def __getitem__(self, k):
        return super().__getitem__(k) * 10

r = Rev(a=1, b=2, c=3)
print(dict(r), {**r})
d = {}
d.update(r)
print(d)
print(dict(r.items()))
print(dict(Rev()))

# overriding keys() alone does not change dict(x): iteration is dict's own
class KeysOnly(dict):
    def keys(self):
        return ['b']
k = KeysOnly(a=1, b=2)
print(dict(k), {**k})
d = {}
d.update(k)
print(d)

# a subclass with __getitem__ but plain iteration: the stored values are used
class Get(dict):
    def __getitem__(self, key):
        return 'overridden'
g = Get(x=1)
print(dict(g), {**g})

# errors from the mapping protocol propagate
class Bad(dict):
    def __iter__(self):
        return iter(['missing'])
    def keys(self):
        return ['missing']
try:
    dict(Bad(a=1))
except KeyError as e:
    print("KeyError", e)
try:
    type('T', (), Bad(a=1))
except KeyError as e:
    print("KeyError", e)
