async def f(x, x): pass
