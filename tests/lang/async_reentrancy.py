# A coroutine or async generator resumed while it is running.
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value

async def selfish():
    try:
        me.send(None)
    except ValueError as e:
        return "%s: %s" % (type(e).__name__, e)

me = selfish()
print(run(me))

async def agen():
    try:
        await gen_ref.asend(None)
    except RuntimeError as e:
        yield "%s: %s" % (type(e).__name__, e)
    try:
        await gen_ref.athrow(ValueError)
    except RuntimeError as e:
        yield "%s: %s" % (type(e).__name__, e)
    try:
        await gen_ref.aclose()
    except RuntimeError as e:
        yield "%s: %s" % (type(e).__name__, e)

gen_ref = agen()

async def main():
    return [x async for x in gen_ref]
print(run(main()))

def gen():
    yield g_ref.send(None)
g_ref = gen()
try:
    next(g_ref)
except ValueError as e:
    print(type(e).__name__, e)
