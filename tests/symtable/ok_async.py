async def f():
    await g()
    return [x async for x in y]
async def gen():
    yield 1
def outer():
    return (await z for z in w)
async def nested():
    return [[x async for x in y] for y in z]
