async def f():
    def g():
        async with a as b:
            pass
