# A dict keyed by id(obj) does not keep obj alive (hash(id(obj)) is obj's
# address: a conservative collector must not take the stored hash for a
# reference).  _threading_local keys its per-thread dicts this way.
import gc
import threading
import weakref
import _threading_local


class Obj:
    pass


def make(n):
    memo = {}
    refs = []
    for i in range(n):
        o = Obj()
        memo[id(o)] = i
        refs.append(weakref.ref(o))
    return memo, refs


memo, refs = make(200)
gc.collect()
dead = sum(r() is None for r in refs)
print("id-keyed objects collected:", dead >= 190, len(memo) > 0)

# _threading_local: a finished thread's dict goes with its Thread object.
local = _threading_local.local()
weaklist = []


class Weak:
    pass


def target():
    w = Weak()
    local.weak = w
    weaklist.append(weakref.ref(w))


for i in range(20):
    t = threading.Thread(target=target)
    t.start()
    t.join()
del t
gc.collect()
gc.collect()
dead = sum(w() is None for w in weaklist)
print("thread-local values freed:", dead >= 18, len(weaklist))
