# aclose() of an async generator whose cleanup awaits: the awaits pass
# through the aclose() awaitable to the driver.
log = []

class Pause:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        log.append("await " + self.tag)
        yield self.tag

async def resource():
    log.append("open")
    try:
        yield "r1"
        yield "r2"
    finally:
        await Pause("closing")
        log.append("closed")

def drive(aw):
    seen = []
    try:
        while True:
            seen.append(aw.send(None))
    except StopIteration as e:
        return seen, "stop", e.value
    except StopAsyncIteration:
        return seen, "end"

g = resource()
print(drive(g.asend(None)))
print(drive(g.aclose()))
print(log)
print(drive(g.asend(None)))

# athrow with an awaiting handler
async def handler():
    try:
        yield 1
    except KeyError:
        await Pause("handling")
        yield "handled"

g = handler()
print(drive(g.asend(None)))
print(drive(g.athrow(KeyError)))
print(drive(g.asend(None)))
