# close(): GeneratorExit at the await; what the coroutine may do about it.
class Pause:
    def __await__(self):
        yield "p"

async def polite():
    try:
        await Pause()
    finally:
        print("cleanup")

c = polite()
c.send(None)
print(c.close(), c.cr_suspended)
print(c.close())

async def stubborn():
    try:
        await Pause()
    except GeneratorExit:
        print("ignoring")
    await Pause()

c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)
c.close()

async def raises_other():
    try:
        await Pause()
    except GeneratorExit:
        raise ValueError("during close")

c = raises_other()
c.send(None)
try:
    c.close()
except ValueError as e:
    print(type(e).__name__, e)

async def returns_in_close():
    try:
        await Pause()
    except GeneratorExit:
        return 5

c = returns_in_close()
c.send(None)
print(c.close())

# closing a never-started coroutine runs nothing
async def untouched():
    print("not printed")
c = untouched()
print(c.close())
try:
    c.send(None)
except RuntimeError as e:
    print(e)

# close propagates to the awaited coroutine
async def inner():
    try:
        await Pause()
    finally:
        print("inner closed")

async def outer():
    try:
        await inner()
    finally:
        print("outer closed")

c = outer()
c.send(None)
print(c.cr_await is not None, type(c.cr_await).__name__)
c.close()
print(c.cr_await)
