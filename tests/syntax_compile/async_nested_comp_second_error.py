async def f():
    return [x for x in [await y async for y in z]]

def g():
    return [(await a) for a in b]
