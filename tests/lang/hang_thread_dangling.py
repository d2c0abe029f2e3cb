# A finished Thread leaves threading._dangling (a WeakSet) once the program
# drops it and collects: test.support's threading_cleanup waits for that,
# and each object whose __init__ ran must not be kept by the interpreter.
import gc
import threading
import weakref
import _thread

def collect():
    for _ in range(3):
        gc.collect()

class WithInit:
    def __init__(self, x):
        self.x = x

def made(factory):
    ref = [None]
    def inner():
        ref[0] = weakref.ref(factory())
    inner()
    collect()
    return ref[0]() is None

print('plain __init__', made(lambda: WithInit(1)))
print('Event', made(threading.Event))
print('Condition', made(threading.Condition))
print('Thread not started', made(lambda: threading.Thread(target=print)))

def run_one():
    t = threading.Thread(target=lambda: None)
    t.start()
    t.join()
    return weakref.ref(t)

before = (_thread._count(), len(threading._dangling))
r = run_one()
collect()
print('Thread run and joined', r() is None)
print('dangling back to before', (_thread._count(), len(threading._dangling)) == before)

# A thread that is still running stays in the set.
stop = threading.Event()
t = threading.Thread(target=stop.wait)
t.start()
collect()
print('running thread kept', t in threading._dangling)
stop.set()
t.join()
del t
collect()
print('after join', (_thread._count(), len(threading._dangling)) == before)

# Raising from __init__ leaves nothing behind either.
class Fails:
    def __init__(self):
        raise ValueError('no')
refs = []
class Tracked(Fails):
    def __new__(cls):
        o = super().__new__(cls)
        refs.append(weakref.ref(o))
        return o
try:
    Tracked()
except ValueError as e:
    print('ValueError', e)
collect()
print('failed __init__ freed', refs[0]() is None)
