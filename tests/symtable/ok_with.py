with a as (b, c), d as e.f, g as h[0]:
    pass
async def f():
    async with x as y:
        pass
