# more asyncio: as_completed, shield, Barrier, Runner, exception handlers, call_at
import asyncio

async def job(n, delay):
    await asyncio.sleep(delay)
    return n

async def main():
    order = []
    for fut in asyncio.as_completed([job(1, 0.03), job(2, 0.01), job(3, 0.02)]):
        order.append(await fut)
    print(order)
    inner = asyncio.create_task(job('shielded', 0.01))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled', inner.cancelled())
    print(await inner)
    barrier = asyncio.Barrier(3)
    arrived = []
    async def party(i):
        arrived.append(i)
        pos = await barrier.wait()
        return len(arrived)
    print(await asyncio.gather(*(party(i) for i in range(3))))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_at(loop.time() + 0.01, fut.set_result, 'at')
    print(await fut)
    caught = []
    loop.set_exception_handler(lambda l, ctx: caught.append(type(ctx.get('exception')).__name__))
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0.01)
    print(caught)
    t = asyncio.create_task(job(1, 10), name='sleeper')
    print(t.get_name(), asyncio.current_task().get_name() != 'sleeper')
    t.cancel('because')
    try:
        await t
    except asyncio.CancelledError as e:
        print('cancel msg', e.args)
    print(len(asyncio.all_tasks()))
    r = await asyncio.wait_for(asyncio.gather(job('a', 0), job('b', 0.001)), timeout=1)
    print(r)

with asyncio.Runner() as runner:
    runner.run(main())
    print(runner.run(job('second run', 0)))
print(asyncio.run(job('done', 0)))
try:
    asyncio.run(job(1, 0)) if False else asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
