import itertools as it
print(list(it.product()), list(it.product('ab')), list(it.product('ab', [])))
print(list(it.product(range(2), repeat=3)))
print(list(it.product('ab', 'cd', repeat=0)), len(list(it.product(range(3), range(4), range(5)))))
print(list(it.permutations('abc')), list(it.permutations('ab', 3)), list(it.permutations('', 0)))
print(list(it.permutations(range(3), 1)), list(it.permutations(range(4), 0)))
print(list(it.combinations(range(4), 3)), list(it.combinations('ab', 3)), list(it.combinations('ab', 0)))
print(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement('', 2)))
print(list(it.combinations_with_replacement('a', 0)), len(list(it.combinations_with_replacement(range(5), 3))))
print(list(it.permutations('abc', None)), list(it.combinations(iterable='xyz', r=2)))
import math
print(all(len(list(it.combinations(range(n), k))) == math.comb(n, k) for n in range(7) for k in range(8)))
print(all(len(list(it.permutations(range(n), k))) == math.perm(n, k) if hasattr(math, 'perm') else True for n in range(6) for k in range(7)))
for bad in [lambda: it.combinations('abc', -1), lambda: it.permutations('abc', -2), lambda: it.combinations('abc'),
            lambda: it.combinations_with_replacement('abc', -1), lambda: it.product('a', repeat=-1),
            lambda: it.product('a', foo=1), lambda: it.permutations('abc', 'x'), lambda: it.product(1),
            lambda: it.combinations(1, 2), lambda: it.permutations()]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
