import gc
seen = []
def cb(phase, info):
    seen.append((phase, info['generation'], sorted(info)))
gc.callbacks.append(cb)
gc.collect()
gc.collect(1)
gc.callbacks.remove(cb)
gc.collect()
print(seen)
def bad(phase, info):
    raise ValueError('callback failed in ' + phase)
gc.callbacks.append(bad)
gc.collect()
gc.callbacks.clear()
print('after', gc.callbacks)
print(gc.get_stats()[0]['uncollectable'], gc.is_finalized(object()))
