# Awaits inside async generators pass through to the driver; yields go
# to the consumer.
class Request:
    def __init__(self, what):
        self.what = what
    def __await__(self):
        reply = yield ("req", self.what)
        return reply

async def fetcher(urls):
    for u in urls:
        body = await Request(u)
        if body is None:
            continue
        yield u, body

async def consumer():
    out = []
    async for u, body in fetcher(["a", "skip", "b"]):
        out.append("%s=%s" % (u, body))
    return out

c = consumer()
reply = None
log = []
try:
    while True:
        req = c.send(reply)
        log.append(req)
        reply = None if req[1] == "skip" else req[1].upper() * 2
except StopIteration as e:
    print(e.value)
print(log)

# drive the asend awaitable by hand, through the await
g = fetcher(["x"])
aw = g.__anext__()
print(aw.send(None))
print(g.ag_running, g.ag_await is not None)
try:
    aw.send("BODY")
except StopIteration as e:
    print("yielded", e.value)
print(g.ag_running)
aw = g.__anext__()
try:
    aw.send(None)
except StopAsyncIteration:
    print("exhausted")
