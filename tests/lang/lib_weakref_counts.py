import _weakref, gc
class A:
    pass
def cb(r): pass
o = A()
refs = [_weakref.ref(o, cb) for _ in range(3)]
plain = _weakref.ref(o)
px = _weakref.proxy(o)
print(_weakref.getweakrefcount(o), len(_weakref.getweakrefs(o)), _weakref.getweakrefs(o)[0] is refs[0])
print(_weakref.getweakrefcount(1), _weakref.getweakrefs('x'), _weakref.getweakrefcount(A()))
print(all(r() is o for r in refs), len({plain, plain}), hash(plain) == hash(o))
def dies():
    x = A()
    rs = [_weakref.ref(x) for _ in range(2)]
    return rs
lots = [dies() for _ in range(10)]
gc.collect()
print(sum(r[0]() is None for r in lots) >= 9, all(r[0] is r[1] for r in lots))
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Eq) and self.v == o.v
    __hash__ = None
e1, e2 = Eq(1), Eq(1)
print(_weakref.ref(e1) == _weakref.ref(e2), _weakref.ref(e1) != _weakref.ref(Eq(2)))
try: hash(_weakref.ref(e1))
except TypeError as e: print('TypeError', e)
print(_weakref.ref(o).__callback__, refs[0].__callback__ is cb)
try: _weakref.ref(o)(1)
except TypeError as e: print('TypeError', e)
