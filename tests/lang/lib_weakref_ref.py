# _weakref.ref and friends.  Referents die inside functions (a module
# global's last value may linger in a cache of the interpreter).
import _weakref, gc
class A:
    pass
a = A()
r = _weakref.ref(a)
print(r() is a, r is _weakref.ref(a), _weakref.getweakrefcount(a), _weakref.getweakrefs(a) == [r])
def cb(ref):
    pass
r2 = _weakref.ref(a, cb)
print(r2 is r, r2.__callback__ is cb, r.__callback__, _weakref.getweakrefcount(a))
print(r == r2, hash(r) == hash(a), type(r).__name__, isinstance(r, _weakref.ReferenceType))
print(_weakref.ref is _weakref.ReferenceType, type(r))
for bad in [1, 'x', (1,), [1], {}, None, 2.5]:
    try: _weakref.ref(bad)
    except TypeError as e: print('TypeError', e)
def f(): return 42
fr = _weakref.ref(f); print(fr()(), _weakref.ref(A)() is A)
s = {1, 2}; fs = frozenset([3]); print(_weakref.ref(s)() == {1, 2}, _weakref.ref(fs)() == fs)
class R(_weakref.ref):
    pass
rr = R(a); print(type(rr).__name__, rr() is a, rr is not _weakref.ref(a), isinstance(rr, _weakref.ref))
d = {'k': r}
_weakref._remove_dead_weakref(d, 'k'); print(len(d))
try: _weakref.ref()
except TypeError as e: print('TypeError', e)
class Slotted:
    __slots__ = ('a',)
class SlottedWeak:
    __slots__ = ('a', '__weakref__')
try: _weakref.ref(Slotted())
except TypeError as e: print('TypeError', e)
sw = SlottedWeak(); print(_weakref.ref(sw)() is sw)
