# Async comprehensions and await inside comprehensions (in async functions).
class Pause:
    def __await__(self):
        yield "tick"

async def agen(n):
    for i in range(n):
        await Pause()
        yield i

async def double(x):
    await Pause()
    return x * 2

class ARange:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1

async def main():
    r = []
    r.append([x async for x in agen(4)])
    r.append({x % 2 async for x in agen(5)})
    r.append({x: x * x async for x in ARange(3)})
    r.append([x async for x in agen(6) if x % 2 == 0])
    r.append([await double(x) for x in range(3)])
    r.append([await double(x) async for x in agen(3)])
    r.append([(x, y) async for x in ARange(2) for y in "ab"])
    r.append([(x, y) for x in "ab" async for y in ARange(2)])
    r.append([(x, y) async for x in ARange(2) async for y in agen(2)])
    r.append([[y async for y in agen(x)] async for x in ARange(3)])
    r.append([x for x in [await double(5)]])
    r.append({k: await double(v) for k, v in {"a": 1, "b": 2}.items()})
    r.append([x async for x in agen(3) if await double(x) > 1])
    return r

c = main()
ticks = 0
try:
    while True:
        c.send(None)
        ticks += 1
except StopIteration as e:
    for item in e.value:
        print(item)
print("ticks", ticks)

async def closure_scope():
    base = 10
    return [base + x async for x in ARange(3)]
try:
    closure_scope().send(None)
except StopIteration as e:
    print(e.value)

async def errors():
    try:
        [x async for x in 5]
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        lst = [1, 2]
        [x async for x in lst]
    except TypeError as e:
        print(type(e).__name__, e)
    return "ok"
try:
    errors().send(None)
except StopIteration as e:
    print(e.value)
