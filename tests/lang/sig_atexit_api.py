# atexit's Python API: register returns the function (usable as a
# decorator), argument checks, unregister by equality, _run_exitfuncs runs
# last-registered first and forgets them, _clear, _ncallbacks.
import atexit

n0 = atexit._ncallbacks()
log = []

def a(*args, **kw):
    log.append(("a", args, sorted(kw.items())))

def b():
    log.append(("b",))

print(atexit.register(a, 1, 2, x=3) is a)
print(atexit.register(b) is b)
print(atexit._ncallbacks() - n0)

@atexit.register
def c():
    log.append(("c",))

print(c.__name__, atexit._ncallbacks() - n0)

for bad in [(), (1,), ("x", 2)]:
    try:
        atexit.register(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    atexit.unregister()
except Exception as e:
    print(type(e).__name__, e)
try:
    atexit.unregister(1, 2)
except Exception as e:
    print(type(e).__name__, e)

atexit.register(a, "again")
atexit.unregister(b)
atexit.unregister(len)          # not registered: nothing happens
atexit._run_exitfuncs()
for entry in log:
    print(entry)
print(atexit._ncallbacks())

# Unregistering compares with ==, and an __eq__ that raises propagates.
class Weird:
    def __call__(self):
        log.append("weird")
    def __eq__(self, other):
        raise ValueError("no eq")
    __hash__ = object.__hash__

w = Weird()
atexit.register(w)
try:
    atexit.unregister(b)
except Exception as e:
    print(type(e).__name__, e)
atexit._clear()
print(atexit._ncallbacks())
log.clear()
atexit._run_exitfuncs()
print(log)
