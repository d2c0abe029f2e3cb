# async generators under asyncio: the firstiter hook, aclose at loop shutdown
import asyncio, sys

async def agen(tag):
    try:
        for i in range(3):
            yield i
            await asyncio.sleep(0)
    finally:
        print('finally', tag)

async def main():
    seen = []
    async for x in agen('full'):
        seen.append(x)
    print(seen)
    g = agen('abandoned')
    print(await g.__anext__())
    loop = asyncio.get_running_loop()
    print(g in loop._asyncgens)
    print(sys.get_asyncgen_hooks().firstiter is not None)
    h = agen('closed')
    await h.asend(None)
    await h.aclose()
    keep.append(g)
    print('main end')

keep = []
print(sys.get_asyncgen_hooks())
asyncio.run(main())
print(sys.get_asyncgen_hooks())

calls = []
def first(ag):
    calls.append(ag.__name__ if hasattr(ag, '__name__') else type(ag).__name__)
old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=first)
async def simple():
    yield 1
async def drive():
    return [x async for x in simple()]
print(asyncio.run(drive()))
sys.set_asyncgen_hooks(*old)
for bad in [dict(firstiter=5), dict(finalizer='x')]:
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print(e)
h = sys.get_asyncgen_hooks()
print(type(h).__name__, len(h), h.firstiter, h.finalizer)
