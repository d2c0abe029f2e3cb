# co_flags of coroutine, async generator and async comprehension code.
async def f(): pass
async def g(): yield
def h(): yield
async def k():
    return [x async for x in y]
for fn in (f, g, h, k):
    print(fn.__name__, fn.__code__.co_flags)
print([c.co_name for c in k.__code__.co_consts if hasattr(c, "co_flags")], [c.co_flags for c in k.__code__.co_consts if hasattr(c, "co_flags")])
c = f()
print(c.cr_code is f.__code__)
c.close()
