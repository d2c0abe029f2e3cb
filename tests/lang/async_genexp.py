# Async generator expressions are async generators; they are allowed
# anywhere, and are awaited only by async for/anext.
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

class Pause:
    def __await__(self):
        yield "tick"

async def slow(x):
    await Pause()
    return x + 100

top_level = (x * 3 async for x in ARange(3))
print(type(top_level).__name__, top_level.__name__)

def plain_function():
    return (x async for x in ARange(2))
g2 = plain_function()
print(type(g2).__name__)

async def main():
    out = []
    async for v in top_level:
        out.append(v)
    async for v in g2:
        out.append(v)
    ge = (await slow(x) for x in range(2))
    print(type(ge).__name__)
    async for v in ge:
        out.append(v)
    out.append([v async for v in (y async for y in ARange(3) if y != 1)])
    return out

c = main()
n = 0
try:
    while True:
        c.send(None)
        n += 1
except StopIteration as e:
    print(e.value, n)

gx = (x async for x in ARange(2))
aw = gx.__anext__()
try:
    aw.send(None)
except StopIteration as e:
    print("first", e.value)
print(type(gx.aclose()).__name__)
