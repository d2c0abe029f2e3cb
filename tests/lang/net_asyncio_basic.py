# asyncio: run, tasks, gather, sleep, wait_for timeouts, cancellation
import asyncio

async def work(n, delay=0):
    await asyncio.sleep(delay)
    return n * n

async def main():
    print(await work(3))
    t = asyncio.create_task(work(4))
    print(await t, t.done(), t.result())
    print(await asyncio.gather(work(1), work(2), work(3, 0.01)))
    res = await asyncio.gather(work(1), asyncio.sleep(0, 'x'), return_exceptions=True)
    print(res)
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.01)
    except asyncio.TimeoutError as e:
        print('wait_for', type(e).__name__)
    print(await asyncio.wait_for(work(5), 1))
    slow = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    slow.cancel()
    try:
        await slow
    except asyncio.CancelledError:
        print('cancelled', slow.cancelled())
    done, pending = await asyncio.wait([asyncio.create_task(work(i, i / 100)) for i in range(3)],
                                       return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    for p in pending:
        p.cancel()
    async def boom():
        raise ValueError('bad')
    try:
        await asyncio.gather(boom(), work(1))
    except ValueError as e:
        print('gather raised', e)
    print([r async for r in agen()])
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 'soon')
    print(await fut)
    fut2 = loop.create_future()
    loop.call_later(0.01, fut2.set_result, 'later')
    print(await fut2)
    h = loop.call_later(10, print, 'never')
    h.cancel()
    print(h.cancelled())
    async with asyncio.timeout(1):
        await asyncio.sleep(0)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout cm')
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work(6))
        t2 = tg.create_task(work(7))
    print(t1.result(), t2.result())
    return 'end'

async def agen():
    for i in range(3):
        await asyncio.sleep(0)
        yield i

print(asyncio.run(main()))
