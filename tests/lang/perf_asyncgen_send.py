# Async generators driven by `async for` and by hand: the value of each
# step reaches the awaiting frame directly, while a hand-driven asend()
# still finishes with StopIteration(value).
import sys, gc


class Tree:
    def __init__(self, left, value, right):
        self.left, self.value, self.right = left, value, right

    async def __aiter__(self):
        if self.left:
            async for i in self.left:
                yield i
        yield self.value
        if self.right:
            async for i in self.right:
                yield i


def tree(seq):
    if not seq:
        return None
    i = len(seq) // 2
    return Tree(tree(seq[:i]), seq[i], tree(seq[i + 1:]))


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def collect(t):
    return [i async for i in t]

print(run(collect(tree(list(range(40))))) == list(range(40)))
print(run(collect(tree([None, (1, 2), (), StopIteration, [3]]))))


async def agen():
    x = yield 1
    print("got", x)
    y = yield (x, 2)
    print("got", y)
    yield None
    yield ()

g = agen()
a = g.asend(None)
try:
    a.send(None)
except StopIteration as e:
    print("stop", e.value, e.args)
for v in ("a", "b", "c", "d"):
    try:
        g.asend(v).send(None)
    except StopIteration as e:
        print("stop", repr(e.value), e.args)
    except StopAsyncIteration as e:
        print("end", type(e).__name__)
try:
    a.send(None)
except RuntimeError as e:
    print("RuntimeError", e)


async def consumer():
    out = []
    g = agen()
    out.append(await g.asend(None))
    out.append(await g.asend("x"))
    out.append(await g.__anext__())
    out.append(await anext(g))
    out.append(await anext(g, "default"))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        out.append("finished")
    return out

print(run(consumer()))


async def raiser():
    yield 1
    raise ValueError("boom")


async def catch():
    got = []
    try:
        async for v in raiser():
            got.append(v)
    except ValueError as e:
        got.append(repr(e))
    return got

print(run(catch()))


async def ret_none():
    if False:
        yield
    return


async def empty():
    return [v async for v in ret_none()]

print(run(empty()))
