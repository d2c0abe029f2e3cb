import itertools as it
print(list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(it.compress('ABC', [0, 1])), list(it.compress('A', [1, 1, 1])))
print(list(it.compress(data=range(5), selectors=it.cycle([True, False]))))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.dropwhile(bool, [])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(bool, [0, 1])))
tw = it.takewhile(lambda x: x < 2, iter(range(5))); print(list(tw), list(tw))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, '', None, 3, 'a'])))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.starmap(lambda *a: a, ['ab', 'c', ()])))
print(list(it.starmap(max, iter([[1, 5], [7, 2]]))))
print(list(it.accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max)), list(it.accumulate([])), list(it.accumulate([], initial=5)))
print(list(it.accumulate('abc')), list(it.accumulate(range(5), initial=100)), list(it.accumulate([1, 2, 3], func=None)))
print(list(it.pairwise([])), list(it.pairwise('a')), list(it.pairwise(range(4))))
print(list(it.zip_longest()), list(it.zip_longest('ab')), list(it.zip_longest('a', 'bcd', [1, 2])))
print(list(it.zip_longest(range(3), 'ab', fillvalue=None)), list(it.cycle('')), list(it.islice(it.cycle([1, 2]), 5)))
for bad in [lambda: it.compress('a'), lambda: it.dropwhile(len), lambda: it.takewhile(), lambda: list(it.starmap(len, [1])),
            lambda: it.filterfalse(None, 1), lambda: it.pairwise(1, 2), lambda: it.zip_longest('a', fill=1),
            lambda: it.cycle(1), lambda: it.accumulate([1], lambda a: a, 5), lambda: list(it.accumulate([1, 'a'])),
            lambda: it.dropwhile(len, 'a', x=1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
