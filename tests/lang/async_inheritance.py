# Async methods with super(), overriding, defaults that await, and
# awaits inside argument lists of nested calls.
class Pause:
    def __await__(self):
        yield "p"

def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value

class Base:
    async def greet(self, name):
        await Pause()
        return "hello " + name
    async def __aenter__(self):
        return "base-enter"
    async def __aexit__(self, *a):
        return False

class Child(Base):
    async def greet(self, name):
        base = await super().greet(name)
        return base.upper() + "!"
    async def __aenter__(self):
        inherited = await super().__aenter__()
        return "child+" + inherited

async def value(v):
    await Pause()
    return v

async def main():
    out = [await Child().greet("bob"), await Base().greet("amy")]
    async with Child() as c:
        out.append(c)
    def later(x=await value(42)):
        return x
    out.append(later())
    out.append(max(await value(3), await value(9), key=lambda v: -v))
    out.append("".join([await value(ch) for ch in "abc"]))
    return out

print(run(main()))

class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
    async def __anext__(self):
        raise StopAsyncIteration
    def __aiter__(self):
        return self

class SubCounter(Counter):
    pass

async def loops():
    n = 0
    async for _ in SubCounter():
        n += 1
    return n, Counter.instances
print(run(loops()))
