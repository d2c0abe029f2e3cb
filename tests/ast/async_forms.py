# async def, await, async for, async with, async comprehensions.
async def f():
    await x
    await f(1)
    y = await z
    async for a in b:
        pass
    else:
        pass
    async with a as b, c:
        pass
    async with (a as b, c as d):
        pass
    [x async for x in aiter()]
    {x: y async for x, y in z}
    {x async for x in y}
    (x async for x in y)
    [await x for x in y]
    [x for x in y if await x]
    return await a ** 2

async def g():
    yield 1

@dec
async def h(a, *, b) -> int:
    pass

async def outer():
    async def inner():
        await inner()
