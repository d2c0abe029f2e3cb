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
