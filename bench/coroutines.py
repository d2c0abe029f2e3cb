"""coroutines: async/await on a small event loop written here (no asyncio).

usage: krait bench/coroutines.py [n]      n = number of messages through the system

A round-robin scheduler drives coroutine objects with .send(); awaitables
are tiny classes with __await__ generators (yield to the loop, sleep for
virtual ticks, wait on a channel).  Producers send through bounded
channels to workers that forward results to a collector: await chains
three or four frames deep, and many task switches.
Self-check: the collector sees every message exactly once with the right
transformed value, and virtual time advanced as the sleeps demand.
"""
import heapq
import sys

DEFAULT = 650000
TINY = 300
SMALL = 6000  # callgrind size: about 1/20 of the default work


class Yield:
    def __await__(self):
        yield ("yield",)


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        yield ("sleep", self.ticks)


class Channel:
    def __init__(self, loop, capacity):
        self.loop = loop
        self.capacity = capacity
        self.items = []
        self.getters = []
        self.putters = []

    async def put(self, item):
        while len(self.items) >= self.capacity:
            await Park(self.putters)
        self.items.append(item)
        self.loop.wake(self.getters)

    async def get(self):
        while not self.items:
            await Park(self.getters)
        item = self.items.pop(0)
        self.loop.wake(self.putters)
        return item


class Park:
    def __init__(self, waiters):
        self.waiters = waiters

    def __await__(self):
        yield ("park", self.waiters)


class Loop:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.now = 0
        self.switches = 0
        self.seq = 0

    def spawn(self, coro):
        self.ready.append(coro)

    def wake(self, waiters):
        if waiters:
            self.ready.append(waiters.pop(0))

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                when, _, coro = heapq.heappop(self.sleeping)
                self.now = when
                self.ready.append(coro)
            batch, self.ready = self.ready, []
            for coro in batch:
                self.switches += 1
                try:
                    request = coro.send(None)
                except StopIteration:
                    continue
                kind = request[0]
                if kind == "yield":
                    self.ready.append(coro)
                elif kind == "sleep":
                    self.seq += 1
                    heapq.heappush(self.sleeping, (self.now + request[1], self.seq, coro))
                else:
                    request[1].append(coro)


async def transform(x):
    await Yield()
    return (x * 31 + 7) % 1009


async def producer(ch, start, count, stride):
    for i in range(count):
        await ch.put(start + i * stride)
        if i % 50 == 49:
            await Sleep(1)


async def worker(inbox, outbox, count):
    for _ in range(count):
        x = await inbox.get()
        y = await transform(x)
        await outbox.put((x, y))


async def collector(ch, count, seen):
    for _ in range(count):
        x, y = await ch.get()
        seen.append((x, y))


def bench(n):
    loop = Loop()
    producers = 4
    per = n // producers
    total = per * producers
    inbox = Channel(loop, 8)
    outbox = Channel(loop, 8)
    seen = []
    for p in range(producers):
        loop.spawn(producer(inbox, p, per, producers))
    workers = 5
    for w in range(workers):
        share = total // workers + (1 if w < total % workers else 0)
        loop.spawn(worker(inbox, outbox, share))
    loop.spawn(collector(outbox, total, seen))
    loop.run()
    return total, seen, loop.now, loop.switches


def check(n, result):
    total, seen, now, switches = result
    if len(seen) != total:
        return "collected %d of %d" % (len(seen), total)
    xs = sorted(x for x, _ in seen)
    if xs != list(range(total)):
        return "messages lost or duplicated"
    for x, y in seen:
        if y != (x * 31 + 7) % 1009:
            return "wrong value for %d" % x
    if now < (total // 4) // 50:
        return "virtual time %d too small" % now
    return None


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = bench(n)
    problem = check(n, result)
    if problem:
        print("coroutines: WRONG:", problem, file=sys.stderr)
        sys.exit(3)
    print("coroutines", n, result[0], result[2], result[3])
