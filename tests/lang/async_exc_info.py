# sys.exc_info() inside coroutines: their own handled exception across awaits, the resumer's outside.
import sys
class Pause:
    def __await__(self):
        yield

async def co():
    print("start", sys.exc_info()[0])
    try:
        raise KeyError("k")
    except KeyError:
        await Pause()
        print("in handler after await", sys.exc_info()[0].__name__)
    print("after", sys.exc_info()[0])
    await Pause()
    print("end", sys.exc_info()[0])

c = co()
try:
    raise ValueError
except ValueError:
    c.send(None)
    print("outside", sys.exc_info()[0].__name__)
c.send(None)
print("outside2", sys.exc_info()[0])
try:
    raise IndexError
except IndexError:
    try:
        c.send(None)
    except StopIteration:
        pass
