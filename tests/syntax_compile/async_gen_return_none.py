async def f():
    yield 1
    if x:
        return None
