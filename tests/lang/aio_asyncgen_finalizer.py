# sys.set_asyncgen_hooks' finalizer: an async generator iterated while the
# hook was set and collected unfinished is handed to the hook (asyncio
# then schedules its aclose()); a finished or closed one is not.
import asyncio
import gc
import sys

seen = []

def firstiter(agen):
    seen.append(('first', agen.__name__))

def finalizer(agen):
    seen.append(('final', agen.__name__))
    # finishing it here is what asyncio does, through aclose()
    try:
        agen.aclose().send(None)
    except StopIteration:
        seen.append(('closed', agen.__name__))

async def counter(n):
    try:
        for i in range(n):
            yield i
    finally:
        seen.append(('finally', n))

def step(agen):
    try:
        agen.__anext__().send(None)
    except StopIteration as e:
        return e.value

old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter, finalizer)

def partial():
    g = counter(3)
    step(g)

partial()
gc.collect()
print(seen)
seen.clear()

def finished():
    g = counter(1)
    step(g)
    try:
        g.__anext__().send(None)
    except StopAsyncIteration:
        seen.append('stop')

finished()
gc.collect()
print(seen)
seen.clear()

def never_started():
    counter(5)

never_started()
gc.collect()
print('never started:', seen)

sys.set_asyncgen_hooks(*old)

def no_hook():
    g = counter(4)
    step(g)

seen.clear()
no_hook()
gc.collect()
print('no hook:', [s for s in seen if s[0] != 'finally'])

def bad_finalizer(agen):
    raise ValueError('from the finalizer')

sys.set_asyncgen_hooks(None, bad_finalizer)
def bad():
    g = counter(2)
    step(g)
bad()
gc.collect()
sys.set_asyncgen_hooks(*old)

# under asyncio: the loop's hook closes the generator in the loop
log = []
async def ticker():
    try:
        while True:
            yield 1
    finally:
        log.append('ticker finalized')

async def main():
    async def use():
        t = ticker()
        await t.__anext__()
    await use()
    gc.collect()
    for _ in range(3):
        await asyncio.sleep(0)
    print(log)

asyncio.run(main())
