# sys.set_asyncgen_hooks: the finalizer hook sees only async generators
# collected unfinished; one run to the end (or closed) is dropped quietly,
# also when a weak reference to it (asyncio's WeakSet) exists.
import sys, gc, weakref

seen = []
tracked = weakref.WeakSet()


def firstiter(g):
    tracked.add(g)


def finalizer(g):
    seen.append(g.__name__)


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def count(n):
    for i in range(n):
        yield i


async def finished():
    total = 0
    for k in range(200):
        async for v in count(k % 5):
            total += v
    return total


async def partial():
    g = count(10)
    g.__name__ = "partial"
    first = await g.__anext__()
    return first

old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
print(run(finished()))
gc.collect()
print("after finished:", seen)
print(run(partial()))
gc.collect()
gc.collect()
print("after partial:", seen)
print("tracked left:", len(tracked))


async def closed_early():
    g = count(10)
    await g.__anext__()
    await g.aclose()
    return g

g = run(closed_early())
del g
gc.collect()
print("after aclose:", seen)

# Hooks changed after the first step: the finalizer recorded at that step
# is the one called.
later = []
async def step_once():
    g = count(3)
    g.__name__ = "step_once"
    await g.__anext__()
    sys.set_asyncgen_hooks(firstiter=None, finalizer=later.append)
    return None

run(step_once())
gc.collect()
gc.collect()
print("old hook:", seen, "new hook:", [x.__name__ for x in later])

sys.set_asyncgen_hooks(*old)
print(sys.get_asyncgen_hooks() == old)


async def many_finished():
    n = 0
    for k in range(6000):
        async for v in count(2):
            n += v
    return n

sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
print(run(many_finished()))
gc.collect()
print("after many:", seen)
sys.set_asyncgen_hooks(*old)
