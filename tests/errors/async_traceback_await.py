class Pause:
    def __await__(self):
        yield

async def inner(x):
    await Pause()
    return 1 / x

async def outer():
    v = await inner(0)
    return v

c = outer()
c.send(None)
c.send(None)
