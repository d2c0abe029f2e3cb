# enumerate, zip, map, filter, reversed and the builtin iterators: their
# iteration, __length_hint__ where CPython has it, and errors.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

print(list(enumerate('abc')), list(enumerate('ab', 5)), list(enumerate('ab', start=-1)),
      list(enumerate([], 2**70)), list(enumerate('ab', 2**70)))
t('enumerate start str', lambda: enumerate('a', 'x'))
t('enumerate int', lambda: enumerate(5))
e = enumerate('xy')
print(iter(e) is e, next(e), list(e))
print(list(zip()), list(zip('ab', [1, 2, 3])), list(zip('a')), list(zip(strict=False)))
t('zip strict', lambda: list(zip('ab', 'abc', strict=True)))
t('zip strict 2', lambda: list(zip('abc', 'ab', strict=True)))
t('zip int', lambda: zip(1))
print(list(map(abs, [-1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(str, [])))
t('map none', lambda: map(abs))
t('map int', lambda: map(abs, 1))
print(list(filter(None, [0, 1, '', 'a'])), list(filter(lambda x: x > 1, [1, 2, 3])))
t('filter int', lambda: filter(None, 1))
r = reversed([1, 2, 3])
print(list(r), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(3))))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
r = reversed(Seq())
print(type(r).__name__, r.__length_hint__(), list(r), r.__length_hint__())
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
t('reversed None', lambda: reversed(NoRev()))
class OwnRev:
    def __reversed__(self):
        return iter('zyx')
print(list(reversed(OwnRev())))
t('reversed int', lambda: reversed(1))
t('reversed set', lambda: reversed({1}))
t('reversed gen', lambda: reversed(x for x in []))
for obj in [[1, 2], (1, 2), range(4), {1: 2}, {1, 2}, {1: 2}.values(), {1: 2}.items()]:
    it = iter(obj)
    next(it)
    print(type(it).__name__, it.__length_hint__() if hasattr(it, '__length_hint__') else '-',
          list(it))
t('enumerate none', lambda: enumerate())
t('enumerate 3', lambda: enumerate([], 1, 2))
t('enumerate kw', lambda: list(enumerate(iterable='ab', start=1)))
t('enumerate bad kw', lambda: enumerate([1], x=1))
t('filter one', lambda: filter(None))
t('filter three', lambda: filter(None, [], []))
t('filter kw', lambda: filter(None, [], x=1))
t('reversed none', lambda: reversed())
t('reversed two', lambda: reversed([], []))
t('reversed kw', lambda: reversed(seq=[]))
t('map none', lambda: map())
t('map kw', lambda: map(abs, [1], x=1))
t('zip two kw', lambda: zip([], strict=True, x=1))
