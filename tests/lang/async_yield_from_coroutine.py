# yield from and coroutines: a plain generator may not delegate to a
# coroutine; it may delegate to its __await__() iterator.
class Pause:
    def __await__(self):
        x = yield "paused"
        return x

async def co():
    return await Pause()

c = co()
def plain():
    return (yield from c)
def plain2():
    x = yield 1
    return (yield from x)
g = plain()
try:
    next(g)
except TypeError as e:
    print(type(e).__name__, e)
g = plain2()
next(g)
try:
    g.send(c)
except TypeError as e:
    print(type(e).__name__, e)
c.close()

def via_await():
    r = yield from co().__await__()
    return r

g = via_await()
print(next(g))
try:
    g.send("value")
except StopIteration as e:
    print("returned", e.value)

def from_list():
    yield from [1, 2]
    yield from (x for x in "ab")
print(list(from_list()))

def bad():
    yield from 5
try:
    next(bad())
except TypeError as e:
    print(type(e).__name__, e)
