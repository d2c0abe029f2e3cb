# Closures, cells and nonlocal inside coroutines and async generators.
class Pause:
    def __await__(self):
        yield "p"

def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value

def make_counter():
    count = 0
    async def bump(by):
        nonlocal count
        await Pause()
        count += by
        return count
    return bump

bump = make_counter()
print(run(bump(1)), run(bump(5)), run(bump(10)))

async def outer(x):
    async def inner(y):
        await Pause()
        return x + y
    def sync_inner():
        return x * 2
    values = [await inner(i) for i in range(3)]
    return values, sync_inner()

print(run(outer(100)))

async def param_cell(a, b=2):
    fns = [lambda: a, lambda: b]
    await Pause()
    a = "rebound"
    return [f() for f in fns]
print(run(param_cell(1)))

def factory(prefix):
    async def agen(n):
        for i in range(n):
            await Pause()
            yield prefix + str(i)
    return agen

async def consume(ag):
    return [x async for x in ag]
print(run(consume(factory("item")(3))))

async def captured_in_comprehension():
    total = 0
    class Acc:
        async def add(self, v):
            nonlocal total
            total += v
            return total
    acc = Acc()
    out = [await acc.add(i) for i in range(5)]
    return out, total
print(run(captured_in_comprehension()))
