# A minimal event loop: tasks, sleep(0)-style yields, futures, gather,
# cancellation and a producer/consumer queue -- asyncio's shape, no asyncio.
class CancelledError(Exception):
    pass

class Future:
    def __init__(self, loop):
        self.loop = loop
        self.done = False
        self.result = None
        self.exception = None
        self.callbacks = []
    def set_result(self, value):
        self.done = True
        self.result = value
        for cb in self.callbacks:
            self.loop.call_soon(cb, self)
    def set_exception(self, exc):
        self.done = True
        self.exception = exc
        for cb in self.callbacks:
            self.loop.call_soon(cb, self)
    def __await__(self):
        if not self.done:
            yield self
        if self.exception is not None:
            raise self.exception
        return self.result

class Task(Future):
    def __init__(self, loop, coro, name):
        super().__init__(loop)
        self.coro = coro
        self.name = name
        self.cancel_requested = False
        loop.call_soon(self.step, None)
    def cancel(self):
        self.cancel_requested = True
    def step(self, _):
        try:
            if self.cancel_requested:
                self.cancel_requested = False
                waiting = self.coro.throw(CancelledError(self.name))
            else:
                waiting = self.coro.send(None)
        except StopIteration as e:
            self.set_result(e.value)
            return
        except Exception as e:
            self.set_exception(e)
            return
        if waiting is None:
            self.loop.call_soon(self.step, None)
        else:
            waiting.callbacks.append(self.step)

class Loop:
    def __init__(self):
        self.ready = []
        self.steps = 0
    def call_soon(self, fn, arg):
        self.ready.append((fn, arg))
    def create_task(self, coro, name="task"):
        return Task(self, coro, name)
    def run_until_complete(self, coro):
        task = self.create_task(coro, "main")
        while not task.done:
            fn, arg = self.ready.pop(0)
            self.steps += 1
            fn(arg)
        if task.exception is not None:
            raise task.exception
        return task.result

class _Sleep0:
    def __await__(self):
        yield None

async def sleep0(n=1):
    for _ in range(n):
        await _Sleep0()

async def gather(*aws):
    return [await a for a in aws]

class Queue:
    def __init__(self, loop):
        self.loop = loop
        self.items = []
        self.getters = []
    def put(self, item):
        if self.getters:
            self.getters.pop(0).set_result(item)
        else:
            self.items.append(item)
    async def get(self):
        if self.items:
            return self.items.pop(0)
        f = Future(self.loop)
        self.getters.append(f)
        return await f

trace = []

async def worker(name, n):
    for i in range(n):
        trace.append("%s%d" % (name, i))
        await sleep0()
    return name * n

async def failing():
    await sleep0()
    raise ValueError("task failed")

async def forever(log):
    try:
        while True:
            await sleep0()
            log.append("tick")
    except CancelledError as e:
        log.append("cancelled %s" % e)
        return "stopped"

async def producer(q, n):
    for i in range(n):
        q.put(i)
        await sleep0(2)
    q.put(None)

async def consumer(q):
    got = []
    while True:
        item = await q.get()
        if item is None:
            return got
        got.append(item * item)

async def main(loop):
    t1 = loop.create_task(worker("a", 3), "t1")
    t2 = loop.create_task(worker("b", 2), "t2")
    results = await gather(t1, t2)
    trace.append("gathered")
    t3 = loop.create_task(failing(), "t3")
    try:
        await t3
    except ValueError as e:
        trace.append("caught " + str(e))
    log = []
    t4 = loop.create_task(forever(log), "t4")
    await sleep0(3)
    t4.cancel()
    stopped = await t4
    q = Queue(loop)
    loop.create_task(producer(q, 4), "prod")
    consumed = await loop.create_task(consumer(q), "cons")
    return results, stopped, log[-1], len(log) >= 2, consumed

loop = Loop()
print(loop.run_until_complete(main(loop)))
print(trace)
print(loop.steps > 10)

# many tasks
async def tiny(i):
    await sleep0(i % 3)
    return i
async def many(loop):
    tasks = [loop.create_task(tiny(i)) for i in range(300)]
    return sum([await t for t in tasks])
print(Loop().run_until_complete(many(Loop())) if False else None)
loop2 = Loop()
print(loop2.run_until_complete(many(loop2)))
