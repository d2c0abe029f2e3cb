# PEP 479 for coroutines: StopIteration may not escape the body.
async def bad():
    raise StopIteration("inside")

c = bad()
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)

def thrower():
    raise StopIteration(3)

async def indirect():
    thrower()

try:
    indirect().send(None)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

async def catches():
    try:
        thrower()
    except StopIteration as e:
        return "caught %s" % e.value

try:
    catches().send(None)
except StopIteration as e:
    print(e.value)

async def returns_stop():
    return StopIteration("value")

try:
    returns_stop().send(None)
except StopIteration as e:
    print(type(e.value).__name__, e.value)

async def async_stop():
    raise StopAsyncIteration
try:
    async_stop().send(None)
except StopAsyncIteration as e:
    print("StopAsyncIteration passes through a coroutine")
