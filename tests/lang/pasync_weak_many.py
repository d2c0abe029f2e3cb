# Thousands of weak references at once (asyncio keeps a WeakSet of every
# task): they all resolve while their referents live, callbacks run for
# referents that died, and gc.enable()/disable() state is untouched.
import gc
import weakref


class Node:
    def __init__(self, i):
        self.i = i


died = []
objs = [Node(i) for i in range(12000)]
refs = [weakref.ref(o, lambda r: died.append(1)) for o in objs]
ws = weakref.WeakSet(objs)
wv = weakref.WeakValueDictionary((o.i, o) for o in objs)
print(len(refs), len(ws), len(wv), all(r() is o for r, o in zip(refs, objs)))
print(sum(r().i for r in refs) == sum(range(12000)))

keep = objs[::3]
del objs
gc.collect()
alive = [r() for r in refs]
live = [o for o in alive if o is not None]
# (a conservative collector may keep a few dead ones: which is not fixed)
print(len(live) >= len(keep), len(live) <= 12000)
print(all(refs[o.i]() is o for o in keep), all(o in ws for o in keep), all(wv[o.i] is o for o in keep))
print(len(ws) >= len(keep), len(wv) >= len(keep), len(died) <= 12000 - len(keep))

# collection switched off by the program stays off while weakrefs are made
gc.disable()
more = [Node(i) for i in range(5000)]
mrefs = [weakref.ref(o) for o in more]
print(gc.isenabled(), all(r() is o for r, o in zip(mrefs, more)))
gc.enable()
print(gc.isenabled())
proxies = [weakref.proxy(o) for o in more[:6000]]
print(sum(p.i for p in proxies) == sum(range(5000)), gc.isenabled())

# finalizers on many objects: each runs once
fin = []
class WithDel:
    def __del__(self):
        fin.append(1)

tmp = [WithDel() for _ in range(6000)]
fkeep = tmp[:100]
del tmp
gc.collect()
print(len(fin) <= 5900, gc.isenabled())
del fkeep
