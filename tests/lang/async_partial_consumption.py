# Leaving an async for over an async generator early leaves it suspended;
# aclose() then runs its cleanup.
log = []

async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        log.append("numbers cleanup")

def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value

async def take(ag, n):
    out = []
    async for x in ag:
        out.append(x)
        if len(out) == n:
            break
    return out

ag = numbers()
print(run(take(ag, 3)))
print(log)
print(run(take(ag, 2)))
print(run(ag.aclose()), log)
print(run(take(ag, 2)))

async def fail_midway():
    ag = numbers()
    try:
        async for x in ag:
            if x == 2:
                raise ValueError("stop at 2")
    except ValueError as e:
        log.append(str(e))
    finally:
        await ag.aclose()
    return log
log.clear()
print(run(fail_midway()))
