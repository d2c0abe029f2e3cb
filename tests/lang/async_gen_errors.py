# Async generator errors: StopIteration/StopAsyncIteration escaping,
# already-running checks.
def result(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("stop", e.value)
    except StopAsyncIteration:
        return ("end",)
    except Exception as e:
        return ("raised", type(e).__name__, str(e),
                type(e.__cause__).__name__ if e.__cause__ else None)
    return ("suspended",)

async def raises_stop():
    yield 1
    raise StopIteration("x")

g = raises_stop()
print(result(g.asend(None)))
print(result(g.asend(None)))

async def raises_stop_async():
    yield 1
    raise StopAsyncIteration

g = raises_stop_async()
print(result(g.asend(None)))
print(result(g.asend(None)))
print(result(g.asend(None)))

class Pause:
    def __await__(self):
        yield "paused"

async def awaits():
    await Pause()
    yield "value"

g = awaits()
aw = g.asend(None)
print(aw.send(None))
print(g.ag_running, type(g.ag_await).__name__)
aw2 = g.asend(None)
print(result(aw2))
print(result(g.aclose()))
print(result(g.athrow(ValueError)))
try:
    aw.send(None)
except StopIteration as e:
    print("first completes", e.value)
print(g.ag_running)

async def gen_plain():
    yield 1
g = gen_plain()
print(result(g.athrow(ValueError, ValueError("x"))))
g = gen_plain()
for bad in (1, "s"):
    print(result(g.athrow(bad)))
