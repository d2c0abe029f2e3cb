# The aiter() and anext() builtins.
class ARange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def agen():
    yield "a"
    yield "b"

def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value

async def main():
    out = []
    it = aiter(ARange(2))
    out.append(type(it).__name__)
    out.append(await anext(it))
    out.append(await anext(it))
    out.append(await anext(it, "default"))
    out.append(await anext(it, None))
    try:
        await anext(it)
    except StopAsyncIteration:
        out.append("StopAsyncIteration")
    g = agen()
    out.append(aiter(g) is g)
    out.append(await anext(g))
    out.append(await anext(g, 0))
    out.append(await anext(g, 0))
    out.append(type(anext(agen(), 1)).__name__)
    return out

print(run(main()))

for bad in (1, [1], "s"):
    try:
        aiter(bad)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        anext(bad)
    except TypeError as e:
        print(type(e).__name__, e)

class BadAiter:
    def __aiter__(self):
        return 5
try:
    aiter(BadAiter())
except TypeError as e:
    print(type(e).__name__, e)
for args in [(), (1, 2, 3)]:
    try:
        anext(*args)
    except TypeError as e:
        print(type(e).__name__, e)

# anext with default on an iterator whose __anext__ is a coroutine
async def main2():
    it = ARange(1)
    return [await anext(it, "d"), await anext(it, "d")]
print(run(main2()))

# anext_awaitable driven by hand
aw = anext(agen(), "dflt")
print(iter(aw) is aw)
try:
    next(aw)
except StopIteration as e:
    print("value", e.value)
g = agen()
run(anext(g)); run(anext(g))
aw = anext(g, "dflt")
try:
    aw.send(None)
except StopIteration as e:
    print("default", e.value)
