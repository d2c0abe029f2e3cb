# asyncio synchronisation: Queue, Lock, Event, Semaphore, Condition
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)

async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            return
        out.append(item)

async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 10), consumer(q, out))
    print(out, q.empty(), q.qsize())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    lock = asyncio.Lock()
    order = []
    async def locked(i):
        async with lock:
            order.append(('in', i))
            await asyncio.sleep(0)
            order.append(('out', i))
    await asyncio.gather(*(locked(i) for i in range(3)))
    print(order, lock.locked())
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return 'woke'
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print(ev.is_set(), t.done())
    ev.set()
    print(await t)
    sem = asyncio.Semaphore(2)
    active = []
    peak = []
    async def limited(i):
        async with sem:
            active.append(i)
            peak.append(len(active))
            await asyncio.sleep(0.001)
            active.remove(i)
    await asyncio.gather(*(limited(i) for i in range(6)))
    print(max(peak))
    cond = asyncio.Condition()
    box = []
    async def cwait():
        async with cond:
            await cond.wait_for(lambda: box)
            return box[0]
    t = asyncio.create_task(cwait())
    await asyncio.sleep(0)
    async with cond:
        box.append('item')
        cond.notify_all()
    print(await t)
    pq = asyncio.PriorityQueue()
    for x in [3, 1, 2]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)])

asyncio.run(main())
