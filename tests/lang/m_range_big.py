# ranges over big ints: length, indexing, containment, slicing, reversed,
# and the OverflowError of len() beyond sys.maxsize.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

r = range(2**64, 2**64 + 10, 3)
print(r, len(r), r[0], r[-1], list(r), 2**64 + 3 in r, 2**64 + 1 in r, r.index(2**64 + 6))
h = range(10**20)
print(h[10**19], h[-1], 10**19 in h, h[::10**18][3], h.count(5), h.index(12345))
t('len huge', lambda: len(range(2**64)))
print(range(2**64).__len__ if False else 'skip', bool(range(2**64)), range(-2**70, 0)[-1])
print(list(reversed(range(2**64, 2**64 + 3))), range(2**70) == range(0, 2**70, 1))
print(range(2**70, 2**70) == range(0), hash(range(2**70, 2**70)) == hash(range(0)),
      range(2**70, 2**70 + 1) == range(2**70, 2**70 + 1, 5), range(2**64, 2**65, 2**60)[::-1])
print(2**55 in range(2**60), 2**55 + 1 in range(0, 2**60, 2), range(2**60).index(2**55),
      range(-2**63, 2**63 - 1)[-1], len(range(2**62 - 5, 2**62)), range(2**63 - 2, 2**63 + 2)[1])
it = iter(range(2**64, 2**64 + 2))
print(type(it).__name__, it.__length_hint__(), next(it), list(it), type(reversed(range(2**70))).__name__)
print(range(10**20, 0, -3 * 10**19), list(range(10**20, 0, -3 * 10**19)), bool(range(2**70, 0)),
      range(2**70).count(2**69), range(2**70).count('a') if False else 0, 2**70 - 1 in range(2**70))
t('index missing big', lambda: range(2**70).index(2**70))
t('index non-int big', lambda: range(2**64, 2**64 + 3).index(2.0 ** 64))
t('item out big', lambda: range(2**70)[2**70])
t('step zero big', lambda: range(0, 2**70, 0))
t('slice zero', lambda: range(2**70)[::0])
print(range(2**70)[2**69:][:3], range(2**70)[-3:], range(2**70)[5:2], range(2**70)[::2**69])
print(range(-2**70, 2**70, 2**68)[True], range(1, 2**65)[1:-1:2**63])
