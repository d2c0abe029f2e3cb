# operator.itemgetter/attrgetter/methodcaller reduce as CPython's (a
# methodcaller with keywords through functools.partial): copy and pickle.
import operator as o, copy, pickle
gs = [o.itemgetter(1), o.itemgetter(1, "a"), o.attrgetter("real"), o.attrgetter("a.b", "c"),
      o.methodcaller("upper"), o.methodcaller("split", ","), o.methodcaller("split", sep=",", maxsplit=1)]
for g in gs:
    print(repr(g), g.__reduce__())
    for c in (copy.copy(g), copy.deepcopy(g), pickle.loads(pickle.dumps(g)), pickle.loads(pickle.dumps(g, 0))):
        assert repr(c) == repr(g), (c, g)
    print("  ", repr(pickle.loads(pickle.dumps(g))))
print(pickle.loads(pickle.dumps(o.itemgetter(0, 2)))("abc"), pickle.loads(pickle.dumps(o.methodcaller("split", sep="-", maxsplit=1)))("a-b-c"))
class A: pass
a = A(); a.b = A(); a.b.c = 7; a.c = 8
print(copy.deepcopy(o.attrgetter("b.c", "c"))(a))
try:
    o.itemgetter(1).__reduce__(1)
except TypeError as e:
    print("TypeError")
