# asend(v): the value sent becomes the result of the yield expression.
async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
            if v == "stop":
                break
    finally:
        print("received", received)

def result(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "<end>"
    return "<suspended>"

g = echo()
print(result(g.asend(None)))
print(result(g.asend("a")))
print(result(g.asend("b")))
print(result(g.asend("stop")))
print(result(g.asend("late")))

# the first asend must send None
g = echo()
aw = g.asend("early")
try:
    aw.send(None)
except TypeError as e:
    print(type(e).__name__, e)

# send() on the awaitable can carry the value instead
g = echo()
print(result(g.asend(None)))
aw = g.asend(None)
try:
    aw.send("via send")
except StopIteration as e:
    print("stop", e.value)
print(result(g.asend("stop")))

# an awaitable is used once
g = echo()
aw = g.asend(None)
print(result(aw))
try:
    aw.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
aw2 = g.__anext__()
aw2.close()
try:
    aw2.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
print(result(g.asend("stop")))
try:
    g.asend()
except TypeError as e:
    print(type(e).__name__)
