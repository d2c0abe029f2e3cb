# Each coroutine keeps its own "exception being handled" across awaits:
# a bare raise after an await re-raises the coroutine's own exception.
class Pause:
    def __await__(self):
        yield

async def handler(name):
    try:
        raise ValueError(name)
    except ValueError:
        await Pause()
        await Pause()
        raise

a = handler("a")
b = handler("b")
a.send(None)
b.send(None)
a.send(None)
b.send(None)
for c in (b, a):
    try:
        c.send(None)
    except ValueError as e:
        print("re-raised", e)

async def context_after_await():
    try:
        raise KeyError("first")
    except KeyError:
        await Pause()
        try:
            raise IndexError("second")
        except IndexError as e:
            return repr(e.__context__)

c = context_after_await()
c.send(None)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

def sync_except_then_resume(c):
    try:
        raise TypeError("outside")
    except TypeError:
        try:
            c.send(None)
        except StopIteration as e:
            return e.value

async def no_context():
    await Pause()
    try:
        raise OSError("inside")
    except OSError as e:
        return repr(e.__context__)

c = no_context()
c.send(None)
print(sync_except_then_resume(c))
