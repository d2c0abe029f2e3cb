# str % x takes x as the mapping of %(name)s whenever x has __getitem__
# (CPython's PyMapping_Check), not only for dicts: babel formats dates
# with pattern % DateTimeFormat(...), a class with just __getitem__.
import collections

class Fields:
    def __init__(self, d):
        self.d = d
    def __getitem__(self, key):
        if key not in self.d:
            raise KeyError(key)
        return self.d[key]

f = Fields({'y': 2024, 'm': 3, 'name': 'x'})
print('%(y)04d-%(m)02d %(name)r' % f)
print('%(y)s' % collections.OrderedDict(y=1), '%(a)s %(a)s' % collections.Counter(a=3))
print('%(x)s' % collections.ChainMap({'x': 'chained'}))
try:
    print('%(missing)s' % f)
except Exception as e:
    print(type(e).__name__, e)

# a mapping-like argument is also a single value for plain directives,
# and it never makes "not all arguments converted"
print('%s' % f.__class__.__name__, 'no directives' % f, 'plain %s' % [1, 2])
print('nothing' % [1], 'nothing' % {'a': 1}, 'x' % range(3))
for bad in [1, 'str', (1,), None, 2.5]:
    try:
        print('%(a)s' % bad)
    except Exception as e:
        print(type(e).__name__, e)
for args in [[1, 2], range(3), b'ab']:
    try:
        print('%(a)s' % args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    print('nothing' % 5)
except Exception as e:
    print(type(e).__name__, e)
class D(dict):
    def __missing__(self, k):
        return k.upper()
print('%(abc)s-%(q)s' % D(q=1))
print(b'%(k)s' % {b'k': b'v'}, b'%(k)s' % Fields({b'k': b'w'}))
