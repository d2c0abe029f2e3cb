# tuples: hashing (equal tuples hash equal, values match CPython),
# comparisons, concatenation, repetition, unpacking, nesting.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

for x in [(), (1,), (1, 2), ('a', 'b'), (1, (2, 3)), (None, True, 2.5), (-1,), (2**70,)]:
    print(x, hash(x) == hash(tuple(list(x))), x == tuple(x), len(x))
print(hash(()), hash((1,)), hash((1, 2)), hash((-1, -2)), hash(((1, 2), 3)), hash((True, 1.0)))
print((1, 2) + (3,), (1,) * 3, () * 5, (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9),
      (1, 'a') == (1, 'a'), (1, 2) != (2, 1), tuple('ab'), tuple(range(3)), tuple({1: 2}))
a, *b, c = (1, 2, 3, 4)
print(a, b, c)
def exec_unpack():
    x, y = (1, 2, 3)
t('unpack too many', exec_unpack)
def exec_unpack2():
    x, y, z = (1, 2)
t('unpack too few', exec_unpack2)
t('tuple item assign', lambda: (1,).__setitem__(0, 2))
t('tuple 2 args', lambda: tuple(1, 2))
t('tuple int', lambda: tuple(1))
t('lt mixed', lambda: (1,) < ('a',))
print(repr((1,)), repr(()), str((1, 'a')), ((1,),), (((),),))
