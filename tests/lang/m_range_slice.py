# range: index, count, start/stop/step, reversed, equality and hash,
# slicing, containment; slice.indices and slice comparison.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

ranges = [range(10), range(0), range(1, 10, 3), range(10, 0, -2), range(-5, 5), range(5, 5),
          range(0, 1), range(3, -3, -1), range(0, 100, 7)]
for r in ranges:
    print(r, r.start, r.stop, r.step, len(r), list(reversed(r)), r.count(4), 4 in r,
          True in r, 4.0 in r, r[::2], r[::-1], r[1:-1], r[-3:])
    print([r.index(x) for x in r])
print(range(10).index(True), range(10).count(True), range(10).index(3.0), range(10).count(3.0))
t('index missing', lambda: range(10).index(10))
t('index neg missing', lambda: range(10, 0, -2).index(3))
t('index str', lambda: range(10).index('a'))
t('index none', lambda: range(10).index())
t('count 2 args', lambda: range(3).count(1, 2))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 2, 5) == range(1, 3, 9),
      range(0, 10, 2) == range(0, 9, 2), range(0, 10, 2) == range(0, 10, 3), range(3) != range(3),
      range(3) == [0, 1, 2])
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 2, 5)) == hash(range(1, 3, 9)),
      hash(range(5)) == hash(range(0, 5, 1)))
print({range(3): 1}[range(0, 3)])
t('range lt', lambda: range(3) < range(4))
t('set start', lambda: setattr(range(3), 'start', 1))
r = reversed(range(3))
print(type(r).__name__, r.__length_hint__(), next(r), r.__length_hint__())
print(type(iter(range(3))).__name__)
t('index out', lambda: range(3)[3])
t('index neg out', lambda: range(3)[-4])
t('index str key', lambda: range(3)['a'])
print(range(3)[-1], range(10)[True], range(1, 10, 3)[2])
for sl in [slice(None), slice(1, 5), slice(-3, None), slice(None, None, -1), slice(5, 1, -2),
           slice(100, 200), slice(-100, 100, 3), slice(None, None, 5), slice(2, 2),
           slice(10**20, None), slice(None, -10**20, -1)]:
    print(sl, [sl.indices(n) for n in (0, 1, 5, 10)])
t('indices neg', lambda: slice(1).indices(-1))
t('indices str', lambda: slice(1).indices('a'))
t('indices zero step', lambda: slice(None, None, 0).indices(5))
t('indices bad start', lambda: slice('a', None).indices(5))
t('indices none', lambda: slice(1).indices())
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1) < slice(2), slice(1, 2, 3) <= slice(1, 2, 3))
print(slice(1, 2).start, slice(1, 2).stop, slice(1, 2).step, slice(5).stop)
t('hash slice', lambda: hash(slice(1)))
t('set start slice', lambda: setattr(slice(1), 'start', 2))
