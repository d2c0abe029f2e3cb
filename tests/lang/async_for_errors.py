# async for's TypeErrors and exceptions from __anext__.
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value

async def loop(obj):
    out = []
    async for x in obj:
        out.append(x)
    return out

class NoAnext:
    def __aiter__(self):
        return self

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 42

class Fails:
    def __aiter__(self):
        self.n = 0
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise KeyError("from anext")
        return self.n

class AiterRaises:
    def __aiter__(self):
        raise OSError("no aiter")

for obj in ([1, 2], 5, NoAnext(), BadAnext(), Fails(), AiterRaises()):
    try:
        print(run(loop(obj)))
    except Exception as e:
        print(type(e).__name__, e)
        if e.__cause__ is not None:
            print("  cause:", type(e.__cause__).__name__, e.__cause__)

async def catch_inside():
    out = []
    try:
        async for x in Fails():
            out.append(x)
    except KeyError as e:
        out.append("caught %s" % e)
    return out
print(run(catch_inside()))

async def body_raises():
    async for x in Fails():
        raise StopAsyncIteration("from body")

try:
    run(body_raises())
except StopAsyncIteration as e:
    print(type(e).__name__, e)
