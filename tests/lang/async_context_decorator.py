# An asynccontextmanager built from an async generator, as contextlib's.
class _AsyncGenCM:
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
    async def __aenter__(self):
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None
    async def __aexit__(self, typ, value, tb):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            await self.gen.athrow(typ, value, tb)
        except StopAsyncIteration as exc:
            return exc is not value
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after athrow()")

def asynccontextmanager(func):
    def helper(*args, **kwds):
        return _AsyncGenCM(func, args, kwds)
    return helper

log = []

@asynccontextmanager
async def managed(name, swallow=False):
    log.append("setup " + name)
    try:
        yield name.upper()
    except Exception as e:
        log.append("error in %s: %r" % (name, e))
        if not swallow:
            raise
    finally:
        log.append("teardown " + name)

def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value

async def main():
    async with managed("a") as a:
        log.append("using " + a)
    async with managed("b", swallow=True):
        raise ValueError("swallowed")
    try:
        async with managed("c"):
            raise KeyError("propagates")
    except KeyError as e:
        log.append("outside caught %r" % e)
    async with managed("x") as x, managed("y") as y:
        log.append(x + y)
    return "ok"

print(run(main()))
for line in log:
    print(line)
