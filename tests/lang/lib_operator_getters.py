import _operator as op
ig = op.itemgetter(2); print(ig('abcd'), ig([0, 1, 2]), ig({2: 'two'}))
ig = op.itemgetter(slice(1, 3)); print(ig('abcdef'), repr(ig))
ig = op.itemgetter('k', 'v'); print(ig({'k': 1, 'v': 2}), repr(ig))
print(sorted([(1, 'b'), (0, 'a'), (2, 'c')], key=op.itemgetter(1)))
print(list(map(op.itemgetter(0), ['ab', 'cd'])))
class P:
    def __init__(self, **kw): self.__dict__.update(kw)
p = P(name='n', sub=P(x=P(y=9)))
print(op.attrgetter('name')(p), op.attrgetter('sub.x.y')(p), op.attrgetter('name', 'sub.x.y')(p))
print(repr(op.attrgetter('a')), repr(op.attrgetter('a.b', 'c')))
mc = op.methodcaller('replace', 'a', 'b'); print(mc('banana'), repr(mc))
mc = op.methodcaller('format', x=1); print(op.methodcaller('format', x=1)('{x}'), repr(mc))
print(repr(op.methodcaller('m', 1, 'two', k=[3])))
for bad in [lambda: op.itemgetter(5)('abc'), lambda: op.itemgetter('x')({}), lambda: op.attrgetter('zz')(p),
            lambda: op.attrgetter('sub.q')(p), lambda: op.methodcaller('nope')(1), lambda: op.itemgetter(1)(),
            lambda: op.itemgetter(1)(1, 2), lambda: op.attrgetter('a')(), lambda: op.methodcaller('m')(1, 2),
            lambda: op.attrgetter(), lambda: op.attrgetter('a', 2), lambda: op.methodcaller(name='x')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(type(op.itemgetter(1)).__name__, type(op.attrgetter('a')).__name__, type(op.methodcaller('a')).__name__)
