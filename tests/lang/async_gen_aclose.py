# aclose(): GeneratorExit at the yield; finally blocks run.
async def tidy():
    try:
        yield 1
        yield 2
    finally:
        print("tidy finally")

def result(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("stop", e.value)
    except StopAsyncIteration:
        return ("end",)
    except Exception as e:
        return ("raised", type(e).__name__, str(e))
    return ("suspended",)

g = tidy()
print(result(g.asend(None)))
aw = g.aclose()
print(type(aw).__name__)
print(result(aw))
print(result(g.asend(None)))
print(result(g.aclose()))

# aclose on a generator that never started
g = tidy()
print(result(g.aclose()))
print(result(g.asend(None)))

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring exit")
        yield 2

g = stubborn()
print(result(g.asend(None)))
print(result(g.aclose()))

async def raises_in_close():
    try:
        yield 1
    finally:
        raise ValueError("in finally")

g = raises_in_close()
print(result(g.asend(None)))
print(result(g.aclose()))

async def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("caught exit, returning")

g = catches_exit()
print(result(g.asend(None)))
print(result(g.aclose()))
print(result(g.aclose()))

aw = tidy().aclose()
print(result(aw))
try:
    aw.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
