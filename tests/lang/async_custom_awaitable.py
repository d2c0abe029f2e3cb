# Objects with __await__: generators, plain iterators, and inheritance.
class FromGen:
    def __await__(self):
        yield 1
        yield 2
        return "gen-done"

class FromIter:
    def __await__(self):
        return iter(["a", "b"])

class Child(FromGen):
    pass

class Future:
    def __init__(self):
        self.done = False
        self.result = None
    def __await__(self):
        while not self.done:
            yield self
        return self.result

async def main():
    r1 = await FromGen()
    r2 = await FromIter()
    r3 = await Child()
    f = Future()
    f.peer = "x"
    r4 = await f
    return r1, r2, r3, r4

c = main()
seen = []
try:
    while True:
        y = c.send(None)
        if isinstance(y, Future):
            seen.append("future")
            y.done = True
            y.result = 42
        else:
            seen.append(y)
except StopIteration as e:
    print(seen)
    print(e.value)

class AwaitAttrOnInstance:
    pass
obj = AwaitAttrOnInstance()
obj.__await__ = lambda: iter([])

async def use(o):
    return await o
try:
    use(obj).send(None)
except TypeError as e:
    print(type(e).__name__, e)
