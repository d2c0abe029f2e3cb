import itertools as it
data = 'AAAABBBCCDAABBB'
print([k for k, g in it.groupby(data)])
print([''.join(g) for k, g in it.groupby(data)])
print([(k, len(list(g))) for k, g in it.groupby(sorted(data))])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for k, g in it.groupby(words, key=lambda w: w[0]):
    print(k, list(g))
# A group is valid only until the groupby advances.
groups = [(k, g) for k, g in it.groupby('aabbc')]
print([(k, list(g)) for k, g in groups])
gb = it.groupby('aaab')
k, g = next(gb); print(k, next(g)); k2, g2 = next(gb); print(k2, list(g), list(g2))
print(list(it.groupby([])), [(k, list(g)) for k, g in it.groupby([1, 1.0, True, 2])])
print(type(next(it.groupby('x'))[1]).__name__)
class Key:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        if self.v == 'bad': raise ValueError('bad key')
        return self.v == o.v
try:
    list(it.groupby([Key('a'), Key('bad')]))
except ValueError as e: print('ValueError', e)
def keyerr(x):
    raise KeyError(x)
try: list(it.groupby([1], keyerr))
except KeyError as e: print('KeyError', e)
for bad in [lambda: it.groupby(), lambda: it.groupby(1), lambda: it.groupby('a', None, 3)]:
    try: bad()
    except TypeError as e: print('TypeError', e)
print([(k, list(g)) for k, g in it.groupby('abc', key=None)])
