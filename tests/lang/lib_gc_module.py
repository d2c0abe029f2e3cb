import gc
print(gc.isenabled())
gc.disable(); print(gc.isenabled())
gc.enable(); print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5); print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(type(gc.collect()).__name__, type(gc.collect(0)).__name__, len(gc.get_count()))
print(gc.is_tracked(1), gc.is_tracked('a'), gc.is_tracked(None), gc.is_tracked(1.5))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({'a': 1}), gc.is_tracked({'a': []}))
class C: pass
print(gc.is_tracked(C()), gc.is_tracked(C), gc.is_tracked(lambda: 0))
print(gc.garbage, gc.callbacks, gc.get_freeze_count(), gc.freeze(), gc.unfreeze())
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.set_debug(0); print(gc.get_debug())
stats = gc.get_stats(); print(len(stats), sorted(stats[0]))
phases = []
def cb(phase, info):
    phases.append((phase, sorted(info)))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(phases)
for bad in [lambda: gc.collect(5), lambda: gc.collect('x'), lambda: gc.set_threshold(), lambda: gc.is_tracked()]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
