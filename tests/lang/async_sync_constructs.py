# Ordinary statements inside coroutines: loops, generators, with, lambdas,
# classes -- all interleaved with awaits.
class Pause:
    def __await__(self):
        v = yield "p"
        return v

class SyncCM:
    def __enter__(self):
        log.append("enter")
        return self
    def __exit__(self, *a):
        log.append("exit")

log = []

async def mixed():
    total = 0
    for i in range(3):
        total += await Pause()
    n = 0
    while n < 2:
        n += 1
        total += await Pause()
    with SyncCM():
        total += await Pause()
    gen = (x * 2 for x in range(3))
    total += sum(gen)
    f = lambda y: y + 1
    total = f(total)
    class Local:
        value = 5
    total += Local.value
    try:
        total += await Pause()
        raise KeyError
    except KeyError:
        total += 1000
    def sync_gen():
        yield 1
        yield 2
    for v in sync_gen():
        total += v * await Pause()
    return total

c = mixed()
sent = None
count = 0
try:
    while True:
        c.send(sent)
        count += 1
        sent = count
except StopIteration as e:
    print(e.value, count)
print(log)
