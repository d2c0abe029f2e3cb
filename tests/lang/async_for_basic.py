# async for over objects with __aiter__/__anext__; else, break, continue.
class Pause:
    def __await__(self):
        yield "tick"

class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Pause()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

class SyncAnext:
    """__anext__ may be a plain method returning any awaitable."""
    def __init__(self):
        self.items = ["x", "y"]
    def __aiter__(self):
        return self
    def __anext__(self):
        return Value(self.items.pop(0)) if self.items else Done()

class Value:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return self.v
        yield

class Done:
    def __await__(self):
        raise StopAsyncIteration
        yield

async def main():
    out = []
    async for i in Counter(3):
        out.append(i)
    else:
        out.append("else")
    async for i in Counter(10):
        if i % 2:
            continue
        if i > 6:
            break
        out.append(i)
    else:
        out.append("no else after break")
    async for a in SyncAnext():
        out.append(a)
    async for i in Counter(0):
        out.append("never")
    else:
        out.append("empty else")
    async for x in Counter(2):
        async for y in Counter(2):
            out.append((x, y))
    return out

c = main()
ticks = 0
try:
    while True:
        assert c.send(None) == "tick"
        ticks += 1
except StopIteration as e:
    print(e.value)
print("ticks", ticks)

async def target_kinds():
    d = {}
    obj = type("O", (), {})()
    async for d["k"] in Counter(2):
        pass
    async for obj.attr in Counter(3):
        pass
    async for a, b in Pairs():
        d[a] = b
    return d, obj.attr

class Pairs:
    def __aiter__(self):
        self.left = [(1, "one"), (2, "two")]
        return self
    async def __anext__(self):
        if not self.left:
            raise StopAsyncIteration
        return self.left.pop(0)

c = target_kinds()
try:
    while True:
        c.send(None)
except StopIteration as e:
    print(e.value)
