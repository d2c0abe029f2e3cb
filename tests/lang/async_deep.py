# Deep await chains and many coroutine objects.
class Pause:
    def __await__(self):
        yield "p"

async def depth(n):
    if n == 0:
        await Pause()
        return 0
    return 1 + await depth(n - 1)

def run(c):
    steps = 0
    try:
        while True:
            c.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps

print(run(depth(300)))

async def recurse_forever(n):
    return await recurse_forever(n + 1)

try:
    run(recurse_forever(0))
except RecursionError as e:
    print("RecursionError")

async def agen_chain(n):
    if n == 0:
        yield "bottom"
        return
    async for x in agen_chain(n - 1):
        yield x + "."

async def consume():
    return [x async for x in agen_chain(50)]
print(run(consume()))

coros = [depth(3) for _ in range(2000)]
print(sum(run(c)[0] for c in coros))
