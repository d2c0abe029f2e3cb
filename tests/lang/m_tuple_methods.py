# tuple methods: index with bounds, count, __getnewargs__, comparison,
# hashing, repetition, concatenation errors.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

tp = (1, 2, 3, 2, 1)
print(tp.index(2), tp.index(2, 2), tp.index(1, -2), tp.index(2, 0, 2), tp.count(2), tp.count(9))
t('index missing', lambda: tp.index(5))
t('index bounded', lambda: tp.index(3, 0, 2))
t('index none', lambda: tp.index())
t('index start none', lambda: tp.index(1, None))
t('count none', lambda: tp.count())
print(tp.__getnewargs__(), ().__getnewargs__())
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () == (), (1,) * 3, 2 * (1, 2), (1,) + (2,))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), (1, (2, 3)) == (1, (2, 3)))
t('hash unhashable', lambda: hash((1, [2])))
t('add list', lambda: (1,) + [2])
t('mul str', lambda: (1,) * 'a')
t('lt int', lambda: (1,) < 1)
key = 'a'
t('getitem str', lambda: (1,)[key])
t('getitem out', lambda: (1,)[5])
print(tp[::-1], tp[1:3], tp[-1], len(tp), 2 in tp, list(reversed(tp)))
it = iter(tp)
next(it)
print(it.__length_hint__(), type(it).__name__)
