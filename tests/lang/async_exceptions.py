# Exceptions travel through await chains; try/except/finally inside coroutines.
class Pause:
    def __await__(self):
        yield "pause"

async def fails(n):
    await Pause()
    if n:
        raise KeyError(n)
    return "ok"

async def handler(n):
    try:
        r = await fails(n)
    except KeyError as e:
        r = "handled %r" % e
    else:
        r += " (no error)"
    finally:
        print("finally", n)
    return r

def drive(c):
    steps = 0
    try:
        while True:
            c.send(None)
            steps += 1
    except StopIteration as e:
        return steps, e.value

print(drive(handler(0)))
print(drive(handler(5)))

async def chained():
    try:
        await fails(1)
    except KeyError as e:
        raise ValueError("wrapped") from e

try:
    drive(chained())
except ValueError as e:
    print(e, repr(e.__cause__))

async def context():
    try:
        await fails(2)
    except KeyError:
        await Pause()
        raise TypeError("second")

try:
    drive(context())
except TypeError as e:
    print(e, repr(e.__context__))

async def loop_with_errors():
    results = []
    for i in range(4):
        try:
            results.append(await fails(i % 2))
        except KeyError as e:
            results.append("err%d" % e.args[0])
    return results
print(drive(loop_with_errors()))

async def nested_finally():
    try:
        try:
            await Pause()
            return "from try"
        finally:
            await Pause()
            print("inner finally awaited")
    finally:
        print("outer finally")
print(drive(nested_finally()))
