import _thread as t
l = t.allocate_lock()
print(type(l), l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01))
l.release(); print(l.locked())
try: l.release()
except RuntimeError as e: print('RuntimeError', e)
with l:
    print('inside', l.locked())
print(l.locked(), repr(l).startswith('<unlocked _thread.lock object at'))
l.acquire(); print(repr(l).startswith('<locked _thread.lock object at')); l.release()
print(l.acquire_lock(), l.locked_lock()); l.release_lock()
for bad in [lambda: l.acquire(timeout=-2), lambda: l.acquire(False, 1), lambda: l.acquire(x=1)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
r = t.RLock()
print(type(r), r.acquire(), r.acquire(), r._is_owned())
r.release(); print(r._is_owned()); r.release(); print(r._is_owned())
try: r.release()
except RuntimeError as e: print('RuntimeError', e)
with r:
    with r:
        print('nested', r._is_owned())
r.acquire(); r.acquire()
state = r._release_save(); print(state[0], r._is_owned())
r._acquire_restore(state); print(r._is_owned()); r.release(); r.release()
print(repr(r).startswith('<unlocked _thread.RLock object owner=0 count=0 at'))
print(t.TIMEOUT_MAX, t.error, t._count(), t.stack_size(), t.LockType is type(l))
print(isinstance(t.get_ident(), int), t.get_ident() == t.get_ident(), isinstance(t.get_native_id(), int))
loc = t._local(); loc.x = 1; print(loc.x, type(loc))
try: t._local(1)
except TypeError as e: print('TypeError', e)
class MyLocal(t._local):
    def __init__(self, v): self.v = v
print(MyLocal(5).v)
s = t._set_sentinel(); print(type(s), s.locked())
try: t.exit()
except SystemExit as e: print('SystemExit', e.args)
