"""asyncio_tasks: many small asyncio tasks, queues, gather and locks.

usage: krait bench/asyncio_tasks.py [n]      n = number of jobs

The standard library's event loop as programs use it: asyncio.run, tasks
created in bulk, an asyncio.Queue between producers and consumers,
asyncio.gather over coroutines, a Lock protecting shared state, and
sleep(0) yields.  Self-check: all jobs are accounted for with the right
results.
"""
import asyncio
import sys

DEFAULT = 140000
TINY = 200
SMALL = 1200  # callgrind size: about 1/20 of the default work


async def compute(i):
    await asyncio.sleep(0)
    return i * i % 9973


async def consumer(queue, results, lock, stats):
    while True:
        job = await queue.get()
        if job is None:
            queue.task_done()
            return
        value = await compute(job)
        async with lock:
            stats["count"] += 1
            stats["sum"] += value
        results[job] = value
        queue.task_done()


async def producer(queue, jobs):
    for j in jobs:
        await queue.put(j)


async def main(n):
    queue = asyncio.Queue(maxsize=64)
    lock = asyncio.Lock()
    results = {}
    stats = {"count": 0, "sum": 0}
    consumers = [asyncio.create_task(consumer(queue, results, lock, stats)) for _ in range(8)]
    half = n // 2
    await asyncio.gather(producer(queue, range(0, half)), producer(queue, range(half, n)))
    for _ in consumers:
        await queue.put(None)
    await queue.join()
    await asyncio.gather(*consumers)
    direct = await asyncio.gather(*(compute(i) for i in range(n // 4)))
    return results, stats, direct


def bench(n):
    return asyncio.run(main(n))


def check(n, result):
    results, stats, direct = result
    if stats["count"] != n or len(results) != n:
        return "processed %d / %d of %d jobs" % (stats["count"], len(results), n)
    if any(results[i] != i * i % 9973 for i in range(n)):
        return "wrong job result"
    if stats["sum"] != sum(i * i % 9973 for i in range(n)):
        return "wrong sum"
    if direct != [i * i % 9973 for i in range(n // 4)]:
        return "gather results out of order"
    return None


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = bench(n)
    problem = check(n, result)
    if problem:
        print("asyncio_tasks: WRONG:", problem, file=sys.stderr)
        sys.exit(3)
    print("asyncio_tasks", n, result[1]["sum"])
