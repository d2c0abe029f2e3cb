# A coroutine runs once; awaiting one twice is an error.
def drive(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value

async def one():
    return 1

async def twice(c):
    a = await c
    b = await c
    return a, b

try:
    drive(twice(one()))
except RuntimeError as e:
    print(type(e).__name__, e)

c = one()
print(drive(c))
for attempt in range(2):
    try:
        c.send(None)
    except RuntimeError as e:
        print(type(e).__name__, e)
try:
    c.throw(ValueError)
except Exception as e:
    print(type(e).__name__, e)
print(c.close())

class Suspend:
    def __await__(self):
        yield "paused"

async def slow():
    await Suspend()
    return "slow"

async def waiter(c):
    return await c

s = slow()
w1 = waiter(s)
print(w1.send(None))
w2 = waiter(s)
try:
    w2.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    w1.send(None)
except StopIteration as e:
    print("w1", e.value)

async def self_await():
    return await me
me = self_await()
try:
    me.send(None)
except Exception as e:
    print(type(e).__name__, e)
