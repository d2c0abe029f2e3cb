# The _thread module directly: start_new_thread with locks for handoff,
# argument errors, get_ident/_count/stack_size, and what an exception
# escaping a raw thread prints.
import _thread, time

done = _thread.allocate_lock()
done.acquire()
out = []
def f(a, b, c=None):
    out.append((a, b, c, _thread.get_ident() != main_ident))
    done.release()
main_ident = _thread.get_ident()
ident = _thread.start_new_thread(f, (1, 2), {'c': 3})
done.acquire()
print(out, isinstance(ident, int))

for args in [(), (f,), (1, ()), (f, [1]), (f, (), [])]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print('TypeError', e)

print(type(_thread.LockType).__name__, _thread.LockType is type(_thread.allocate_lock()))
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX > 1e9)
print(_thread.stack_size(), _thread.stack_size(0))
try:
    _thread.stack_size(100)
except ValueError as e:
    print('ValueError', e)
try:
    _thread.stack_size(-1)
except ValueError as e:
    print('ValueError', e)
print(_thread.stack_size(1 << 20), _thread.stack_size(0))

# _count() sees running threads
gate = _thread.allocate_lock(); gate.acquire()
started = _thread.allocate_lock(); started.acquire()
def hold():
    started.release()
    gate.acquire()
    gate.release()
for _ in range(500):          # the threads above may still be ending
    if _thread._count() == 0:
        break
    time.sleep(0.01)
base = _thread._count()
_thread.start_new_thread(hold, ())
started.acquire()
print(_thread._count() - base)
gate.release()
for _ in range(500):
    if _thread._count() == base:
        break
    time.sleep(0.01)
print(_thread._count() - base)

# SystemExit ends a raw thread silently; other exceptions are reported
sig = _thread.allocate_lock(); sig.acquire()
def exits():
    try:
        raise SystemExit(5)
    finally:
        sig.release()
_thread.start_new_thread(exits, ())
sig.acquire()
def fails():
    try:
        raise KeyError('raw')
    finally:
        sig.release()
_thread.start_new_thread(fails, ())
sig.acquire()
time.sleep(0.2)
print('end')
