from _functools import reduce, cmp_to_key
import _operator as op
print(reduce(op.add, range(10)), reduce(op.mul, range(1, 6), 1), reduce(op.add, [], 'empty'), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), reduce(op.add, iter(['a', 'b'])), reduce(op.add, [[1]], [0]))
def numeric(a, b): return (a > b) - (a < b)
def length_then_alpha(a, b):
    return numeric(len(a), len(b)) or numeric(a, b)
print(sorted(['ccc', 'a', 'bb', 'aa', 'b'], key=cmp_to_key(length_then_alpha)))
print(sorted([5, 1, 4], key=cmp_to_key(lambda a, b: b - a)), max([1, 5, 3], key=cmp_to_key(numeric)))
K = cmp_to_key(numeric)
print(K(1) == K(1), K(1) != K(2), K(2) >= K(2), K(3) <= K(1), type(K).__name__, K(7).obj)
print(cmp_to_key(mycmp=numeric)(3) < cmp_to_key(numeric)(4))
for bad in [lambda: reduce(op.add, []), lambda: reduce(op.add), lambda: reduce(op.add, 5), lambda: reduce(op.add, [1, 'a']),
            lambda: K(1) < 2, lambda: K(), lambda: K(1, 2), lambda: cmp_to_key(), lambda: hash(K(1)),
            lambda: sorted([1, 2], key=cmp_to_key(lambda a, b: 'x'))]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
