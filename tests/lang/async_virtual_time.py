# A scheduler with virtual time: sleep(n) suspends a task until the clock
# reaches its deadline; tasks wake in deadline order, ties by creation.
class Sleep:
    def __init__(self, delay):
        self.delay = delay
    def __await__(self):
        yield ("sleep", self.delay)

async def sleep(delay):
    await Sleep(delay)

class Scheduler:
    def __init__(self):
        self.now = 0
        self.timers = []      # (wake time, sequence, task)
        self.seq = 0
        self.results = {}
    def spawn(self, name, coro):
        self.schedule(0, (name, coro))
    def schedule(self, delay, task):
        self.seq += 1
        self.timers.append((self.now + delay, self.seq, task))
        self.timers.sort(key=lambda t: (t[0], t[1]))
    def run(self):
        while self.timers:
            when, _, (name, coro) = self.timers.pop(0)
            self.now = when
            try:
                kind, delay = coro.send(None)
            except StopIteration as e:
                self.results[name] = (self.now, e.value)
                continue
            self.schedule(delay, (name, coro))

log = []

async def ticker(name, period, count):
    for i in range(count):
        await sleep(period)
        log.append((s.now, name, i))
    return name + " done"

async def waiter():
    await sleep(7)
    log.append((s.now, "waiter", "woke"))
    total = 0
    async for t in countdown(3):
        total += t
    return total

async def countdown(n):
    while n:
        await sleep(1)
        yield n
        n -= 1

s = Scheduler()
s.spawn("fast", ticker("fast", 2, 4))
s.spawn("slow", ticker("slow", 3, 3))
s.spawn("waiter", waiter())
s.run()
for entry in log:
    print(entry)
for name in sorted(s.results):
    print(name, s.results[name])
