# Iterators pickle mid-way and resume where they were: builtin iterators,
# itertools, collections and operator objects, in several states.
import collections
import itertools
import operator
import pickle


def makers():
    return [
        ('list', lambda: iter([1, 2, 3, 4])),
        ('reversed list', lambda: reversed([1, 2, 3, 4])),
        ('tuple', lambda: iter((1, 2, 3))),
        ('str', lambda: iter('abcd')),
        ('bytes', lambda: iter(b'abcd')),
        ('range', lambda: iter(range(10, 20, 3))),
        ('dict keys', lambda: iter({'a': 1, 'b': 2, 'c': 3})),
        ('dict items', lambda: iter({'a': 1, 'b': 2}.items())),
        ('enumerate', lambda: enumerate('abcd', 7)),
        ('zip', lambda: zip('abc', range(3))),
        ('map', lambda: map(abs, [-1, -2, -3])),
        ('filter', lambda: filter(None, [0, 1, 0, 2, 3])),
        ('count', lambda: itertools.count(3, 2)),
        ('count float', lambda: itertools.count(0.5)),
        ('cycle', lambda: itertools.cycle('abc')),
        ('repeat', lambda: itertools.repeat('x', 4)),
        ('repeat forever', lambda: itertools.repeat(7)),
        ('accumulate', lambda: itertools.accumulate([1, 2, 3, 4])),
        ('accumulate initial', lambda: itertools.accumulate([1, 2, 3], operator.mul, initial=10)),
        ('chain', lambda: itertools.chain('ab', [], 'cd')),
        ('chain from_iterable', lambda: itertools.chain.from_iterable(['xy', 'z'])),
        ('compress', lambda: itertools.compress('abcdef', [1, 0, 1, 0, 1, 1])),
        ('dropwhile', lambda: itertools.dropwhile(operator.not_, [0, 0, 1, 0, 2])),
        ('takewhile', lambda: itertools.takewhile(bool, [1, 2, 0, 3])),
        ('filterfalse', lambda: itertools.filterfalse(bool, [0, 1, '', 2, None])),
        ('starmap', lambda: itertools.starmap(pow, [(2, 3), (3, 2), (10, 0)])),
        ('islice', lambda: itertools.islice('abcdefgh', 1, 7, 2)),
        ('islice open', lambda: itertools.islice(itertools.count(), 3, None)),
        ('zip_longest', lambda: itertools.zip_longest('abc', 'd', fillvalue='-')),
        ('product', lambda: itertools.product('ab', 'cd')),
        ('product repeat', lambda: itertools.product(range(2), repeat=3)),
        ('permutations', lambda: itertools.permutations('abc', 2)),
        ('permutations full', lambda: itertools.permutations(range(3))),
        ('combinations', lambda: itertools.combinations('abcd', 2)),
        ('cwr', lambda: itertools.combinations_with_replacement('abc', 2)),
        ('deque', lambda: collections.deque([1, 2, 3], maxlen=5)),
        ('deque unbounded', lambda: collections.deque('xy')),
    ]


for proto in (0, 2, 4):
    for name, make in makers():
        for advance in (0, 1, 3, 100):
            it = make()
            taken = list(itertools.islice(it, advance)) if hasattr(it, '__next__') else []
            try:
                back = pickle.loads(pickle.dumps(it, proto))
            except Exception as e:
                print(proto, name, advance, type(e).__name__, e)
                continue
            if hasattr(back, '__next__'):
                rest = list(itertools.islice(back, 8))
                orig = list(itertools.islice(it, 8))
                print(proto, name, advance, rest, rest == orig)
            else:
                print(proto, name, advance, back, type(back).__name__)

dd = collections.defaultdict(list, a=[1])
dd['b'].append(2)
for proto in range(6):
    b = pickle.loads(pickle.dumps(dd, proto))
    print(proto, b, b.default_factory, b['new'])
    print(proto, pickle.loads(pickle.dumps(collections.defaultdict(None, x=1), proto)))
for g in (operator.itemgetter(1), operator.itemgetter(0, 2), operator.attrgetter('real'),
          operator.attrgetter('real', 'imag.real'), operator.methodcaller('split', ','),
          operator.methodcaller('split', sep=',', maxsplit=1)):
    b = pickle.loads(pickle.dumps(g, 2))
    print(repr(b), b('a,b,c') if 'methodcaller' in repr(b) else b((1 + 2j) if 'attr' in repr(b) else 'xyz'))
print(pickle.dumps(itertools.count(5), 2), pickle.dumps(itertools.repeat(1, 2), 2))
print(pickle.dumps(operator.itemgetter(1), 0), pickle.dumps(collections.deque([1], 3), 2))

# groupby (and its live group) and an accumulate whose running total is None
for proto in (0, 2, 4):
    g = itertools.groupby('aabbbcd')
    key, grp = next(g)
    next(grp)
    g2, grp2 = pickle.loads(pickle.dumps((g, grp), proto))
    print(proto, key, list(grp2), [(k, list(v)) for k, v in g2])
    it = itertools.accumulate([None, None, None], operator.is_)
    next(it)
    print(proto, list(pickle.loads(pickle.dumps(it, proto))))
try:
    itertools.cycle('ab').__setstate__((list('ab'), 'x'))
except TypeError as e:
    print('TypeError', e)
# deque iterators, forwards and backwards
for proto in (0, 2, 4):
    d = collections.deque('abcde')
    for it in (iter(d), reversed(d)):
        next(it)
        next(it)
        print(proto, list(pickle.loads(pickle.dumps(it, proto))), type(it).__name__)
# tee objects share their buffered items after a round trip
for proto in (0, 2, 4):
    a, b = itertools.tee(iter(range(200)))
    for _ in range(3):
        next(a)
    for _ in range(70):
        next(b)
    a2, b2 = pickle.loads(pickle.dumps((a, b), proto))
    print(proto, list(itertools.islice(a2, 5)), list(itertools.islice(b2, 5)), len(list(a2)), len(list(b2)))
