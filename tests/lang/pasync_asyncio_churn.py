# asyncio with many short-lived coroutines: results, exceptions and their
# tracebacks, cancellation and task state stay right as coroutines finish
# and new ones start.
import asyncio
import traceback


async def leaf(i):
    await asyncio.sleep(0)
    if i % 7 == 3:
        raise ValueError("leaf %d" % i)
    return i * i


async def middle(i):
    try:
        return await leaf(i)
    finally:
        await asyncio.sleep(0)


async def cancelled_one():
    await asyncio.sleep(10)


async def main():
    results = await asyncio.gather(*(middle(i) for i in range(40)), return_exceptions=True)
    good = [r for r in results if not isinstance(r, Exception)]
    bad = [r for r in results if isinstance(r, Exception)]
    print(len(good), sum(good), [str(e) for e in bad])
    for e in bad[:2]:
        print([(f.name, f.line) for f in traceback.extract_tb(e.__traceback__)])

    tasks = [asyncio.create_task(middle(i), name="t%d" % i) for i in range(20)]
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))
    for t in tasks:
        exc = t.exception()     # every one retrieved: no "never retrieved" at exit
        if int(t.get_name()[1:]) < 8:
                print(t.get_name(), t.done(), t.cancelled(), repr(exc) if exc else t.result(),
                  t.get_coro().cr_frame is None)

    c = asyncio.create_task(cancelled_one())
    await asyncio.sleep(0)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("cancelled", c.cancelled(), c.get_coro().cr_frame is None)

    q = asyncio.Queue()
    async def producer():
        for i in range(50):
            await q.put(i)
        await q.put(None)
    async def consumer():
        total = 0
        while (x := await q.get()) is not None:
            total += await middle(x) if x % 7 != 3 else 0
        return total
    r = await asyncio.gather(producer(), consumer())
    print(r)

    lock = asyncio.Lock()
    counter = [0]
    async def locked(i):
        async with lock:
            v = counter[0]
            await asyncio.sleep(0)
            counter[0] = v + i
    await asyncio.gather(*(locked(i) for i in range(30)))
    print(counter[0], lock.locked())

    async def agen(n):
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    print([x async for x in agen(5)], sum([y async for y in agen(20)]))


asyncio.run(main())
