# break/continue/return crossing async with and try/finally inside async
# for loops, in coroutines and async generators.
log = []

class Pause:
    def __await__(self):
        yield "p"

class CM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        log.append("+" + self.name)
    async def __aexit__(self, *exc):
        await Pause()
        log.append("-" + self.name)

class ARange:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        await Pause()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1

def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value

async def loops():
    async for i in ARange(5):
        async with CM("w%d" % i):
            try:
                if i == 1:
                    continue
                if i == 3:
                    break
                log.append("body%d" % i)
            finally:
                log.append("fin%d" % i)
    async for i in ARange(3):
        async with CM("r"):
            async with CM("r2"):
                if i == 1:
                    return "returned at %d" % i

print(run(loops()))
print(log)
log.clear()

async def agen():
    async with CM("g"):
        async for i in ARange(4):
            if i == 2:
                return
            yield i

async def use():
    return [x async for x in agen()]
print(run(use()))
print(log)
