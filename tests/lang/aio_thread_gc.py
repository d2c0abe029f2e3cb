# Objects that only a finished thread or a returned __init__ referred to
# are gone once collected: test.support's threading_cleanup relies on it
# (it compares threading._dangling right after _thread._count()).
import _thread
import asyncio
import concurrent.futures
import gc
import threading
import weakref

class Obj:
    def __init__(self, x):
        self.x = x

def make():
    return weakref.ref(Obj(1))

r = make()
gc.collect()
print('instance after __init__ gone:', r() is None)

def work(o):
    return o.x * 2

def with_thread():
    o = Obj(21)
    t = threading.Thread(target=work, args=(o,))
    t.start()
    t.join()
    return weakref.ref(o), weakref.ref(t)

ro, rt = with_thread()
print('running threads:', _thread._count())
print('dangling:', len(threading._dangling))
gc.collect()
print('thread arg gone:', ro() is None, 'thread gone:', rt() is None)

def with_executor():
    ex = concurrent.futures.ThreadPoolExecutor(2)
    print('results:', list(ex.map(work, [Obj(1), Obj(2), Obj(3)])))
    ex.shutdown(wait=True)

with_executor()
print('running threads:', _thread._count())
print('dangling:', len(threading._dangling))

async def main():
    loop = asyncio.get_running_loop()
    print('in executor:', await loop.run_in_executor(None, work, Obj(5)))
    print('to_thread:', await asyncio.to_thread(work, Obj(6)))

asyncio.run(main())
print('running threads:', _thread._count())
print('dangling:', len(threading._dangling))
print('names:', sorted(t.name for t in threading._dangling))
