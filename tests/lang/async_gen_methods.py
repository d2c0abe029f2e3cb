# Async generators as methods and as __aiter__; asend/athrow objects'
# own methods.
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value

class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    async def walk(self, depth=0):
        yield depth, self.value
        for ch in self.children:
            async for item in ch.walk(depth + 1):
                yield item
    def __aiter__(self):
        return self.walk()

t = Tree("root", [Tree("a", [Tree("a1")]), Tree("b")])

async def main():
    return [x async for x in t]
print(run(main()))
print(type(Tree.walk).__name__, Tree.walk.__qualname__)

async def gen():
    try:
        x = yield 1
        print("got", x)
        yield 2
    except ValueError as e:
        print("gen caught", e)
        yield "recovered"

g = gen()
aw = g.asend(None)
print(aw.__await__() is aw, iter(aw) is aw)
try:
    next(aw)
except StopIteration as e:
    print("first", e.value)
aw = g.asend("hello")
try:
    aw.throw(ValueError("via asend.throw"))
except StopIteration as e:
    print("asend.throw ->", e.value)
try:
    aw.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

aw = g.athrow(KeyError)
print(aw.__await__() is aw)
print(aw.close())
try:
    aw.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
print(run(g.aclose()))

class Staticky:
    @staticmethod
    async def sgen(n):
        for i in range(n):
            yield i
    @classmethod
    async def cgen(cls):
        yield cls.__name__

async def main2():
    return [x async for x in Staticky.sgen(3)] + [x async for x in Staticky().cgen()]
print(run(main2()))
