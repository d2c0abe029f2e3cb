# Weak references see their referent die at a collection; callbacks run
# then, newest reference first, with the dead reference as argument.
import _weakref, gc
log = []
class A:
    def __init__(self, name): self.name = name
def cb_a(ref): log.append(('a', ref() is None))
def cb_b(ref): log.append(('b', ref() is None))

def scope():
    obj = A('x')
    r1 = _weakref.ref(obj, cb_a)
    r2 = _weakref.ref(obj, cb_b)
    plain = _weakref.ref(obj)
    print(r1() is obj, plain() is obj, _weakref.getweakrefcount(obj))
    return r1, r2, plain

refs = []
for i in range(10):
    refs.append(scope())
gc.collect()
dead = [t for t in refs if t[2]() is None]
print(len(dead) >= 9)
print(log[:2], len(log) >= 18, len(log) % 2)

def cb_y(ref): log.append('y')
def dropped_ref():
    obj = A('y')
    _weakref.ref(obj, cb_y)      # the reference itself is garbage: no callback
    return _weakref.ref(obj)
keep = [dropped_ref() for _ in range(5)]
gc.collect()
print('y' in log, sum(k() is None for k in keep) >= 4)

def make_dict():
    d = {}
    for i in range(5):
        d[i] = _weakref.ref(A(i))
    return d
d = make_dict()
gc.collect()
for k in list(d):
    _weakref._remove_dead_weakref(d, k)
print(len(d) <= 1)

def boom(ref):
    raise KeyError('in callback')
def raising():
    o = A('z')
    return _weakref.ref(o, boom), _weakref.ref(o)
pairs = [raising() for _ in range(3)]
gc.collect()
print('survived', sum(p[1]() is None for p in pairs) >= 2)
