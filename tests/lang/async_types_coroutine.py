# types.coroutine, as Lib/types.py does it for generator functions
def coroutine(func):
    co = func.__code__
    if co.co_flags & 0x20:
        func.__code__ = co.replace(co_flags=co.co_flags | 0x100)
    return func

@coroutine
def sleep0():
    x = yield "slept"
    return x

async def main():
    a = await sleep0()
    b = await sleep0()
    return a, b

c = main()
print(c.send(None))
print(c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print(e.value)

@coroutine
def legacy_coro():
    r = yield from main()
    return r

g = legacy_coro()
print(type(g).__name__, next(g), g.send("x"))
try:
    g.send("y")
except StopIteration as e:
    print(e.value)

async def awaits_legacy():
    return await legacy_coro()
c = awaits_legacy()
print(c.send(None))
c.close()
print(sleep0.__code__.co_flags & 0x100)

# __await__ may not return a coroutine, generator-based or not
class ReturnsLegacy:
    def __await__(self):
        return sleep0()

async def bad():
    return await ReturnsLegacy()
try:
    bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)

# a plain generator is still not awaitable
def plain():
    yield
async def awaits_plain():
    await plain()
try:
    awaits_plain().send(None)
except TypeError as e:
    print(type(e).__name__, e)
