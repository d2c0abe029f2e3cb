# gc: collect() works while automatic collection is disabled, and
# finalizers of garbage wait for it; is_finalized, is_tracked,
# get_referents, get_stats' per-generation counts, get_objects' argument
# checks, self-cycles with __del__ reclaimed, resurrection happens once.
# krait-test: no-asan -- under ASan the conservative collector finds stale
# copies of the dropped objects in the sanitizer's larger C stack frames.
# krait-test: no-stress -- so can the GC stress build's collections.
import gc

class Cargo:
    def __init__(self):
        self.me = self

class Lazarus:
    saved = []
    def __del__(self):
        Lazarus.saved.append(self)

def resurrect():
    gc.collect()
    laz = Lazarus()
    cargo = Cargo()
    laz.cargo = cargo
    cargo.laz = laz
    print(gc.is_finalized(laz))
    del laz, cargo
    gc.collect()
    print(len(Lazarus.saved))
    again = Lazarus.saved.pop()
    print(gc.is_finalized(again), type(again.cargo).__name__, again.cargo.laz is again)
    del again
    gc.collect()
    print(len(Lazarus.saved))     # __del__ runs once per object

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
resurrect()
gc.enable()
print(gc.isenabled())
resurrect()
print(gc.is_finalized(3), gc.is_finalized(Cargo()))

class SelfLoop:
    def __init__(self):
        self.me = self
    def __del__(self):
        print("SelfLoop finalized")

def make_loop():
    SelfLoop()
make_loop()
gc.collect()
print("after collect")

for v in [None, 1, 1.0, 1 + 5j, True, b"a", "a", bytearray(b"a"), type, int, object, object()]:
    print(type(v).__name__, gc.is_tracked(v))
class UserClass:
    pass
class UserInt(int):
    pass
class Slots:
    __slots__ = ()
for v in [gc, UserClass, UserClass(), UserInt(), [], set(), Slots(), {}, {1: 2}, {1: []}]:
    print(type(v).__name__, gc.is_tracked(v))

print(sorted(gc.get_referents([1, 3, 5])))
print(sorted(gc.get_referents((1, 3, 5))))
print(sorted(gc.get_referents({1: 3, 5: 7})))
print(sorted(gc.get_referents([1, 2], {3: 4}, (0, 0, 0))))
print(gc.get_referents(1, "a", 4j), gc.get_referents())
print(sorted(gc.get_referents({1, 2})), gc.get_referents(frozenset([3])))
u = UserClass()
u.x = 42
print(gc.get_referents(u))

stats = gc.get_stats()
print(len(stats), [sorted(s) for s in stats])
old = gc.get_stats()
gc.collect(0)
new = gc.get_stats()
print(new[0]["collections"] - old[0]["collections"], new[1]["collections"] - old[1]["collections"])
gc.collect(1)
new2 = gc.get_stats()
print(new2[1]["collections"] - new[1]["collections"])

for a in ["1", 1.5, 1000, -1000, 3]:
    try:
        gc.get_objects(a)
    except Exception as e:
        print(type(e).__name__, e)
try:
    gc.collect(3)
except Exception as e:
    print(type(e).__name__, e)

# while disabled, garbage in a cycle waits for gc.collect()
gc.disable()
log = []
class Loop:
    def __init__(self):
        self.me = self
    def __del__(self):
        log.append("finalized")
def drop():
    Loop()
drop()
junk = [[i] * 10 for i in range(200000)]    # enough allocation for collections
del junk
for i in range(1000):
    pass
print(log)
gc.collect()
print(log)
gc.enable()
