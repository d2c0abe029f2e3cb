import _weakref, gc
class A:
    pass
b = A(); b.x = 5
p = _weakref.proxy(b)
print(p.x, type(p).__name__, _weakref.getweakrefcount(b), type(p) is _weakref.ProxyType)
p.y = 7; print(b.y, str(p) == str(b))
class L:
    def __init__(self): self.items = [1, 2, 3]
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __call__(self, k): return k * 2
    def __add__(self, o): return 'added'
l = L(); pl = _weakref.proxy(l)
print(len(pl), pl[1], pl(21), type(pl).__name__, 2 in pl, list(pl), pl + 1, bool(pl))
print(type(pl) is _weakref.CallableProxyType)
try: hash(p)
except TypeError as e: print('TypeError', e)
def make_dead():
    return _weakref.proxy(A())
dps = [make_dead() for _ in range(5)]
gc.collect()
errors = 0
for dp in dps:
    try: dp.x
    except ReferenceError as e: errors += 1; msg = str(e)
print(errors >= 4, msg)
