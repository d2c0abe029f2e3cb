# Async generators driven by hand: __anext__() awaitables end with
# StopIteration(value) for each yield and StopAsyncIteration at the end.
async def agen(n):
    for i in range(n):
        yield i * 10
    print("agen finished")

g = agen(3)
print(type(g).__name__, repr(g).startswith("<async_generator object agen at 0x"))
print(g.__name__, g.__qualname__, g.ag_running, g.ag_await)
print(g.__aiter__() is g)

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("end",)
    return ("suspended",)

for _ in range(5):
    aw = g.__anext__()
    print(type(aw).__name__, step(aw))

async def collect(ag):
    out = []
    async for x in ag:
        out.append(x)
    return out

def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value

print(run(collect(agen(4))))

async def with_return():
    yield 1
    return
    yield 2
print(run(collect(with_return())))

async def empty():
    return
    yield
print(run(collect(empty())))

try:
    iter(agen(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(agen(1))
except TypeError as e:
    print(type(e).__name__, e)
