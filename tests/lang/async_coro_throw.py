# throw() into a suspended coroutine reaches the innermost await.
class Pause:
    def __await__(self):
        got = yield "pause"
        return got

async def inner():
    try:
        await Pause()
    except KeyError as e:
        print("inner caught", repr(e))
        return "recovered"
    finally:
        print("inner finally")

async def outer():
    try:
        r = await inner()
        print("outer got", r)
        await Pause()
    except ValueError as e:
        print("outer caught", e)
        return "outer-done"

c = outer()
print(c.send(None))
print(c.throw(KeyError("k")))
try:
    c.throw(ValueError, "v")
except StopIteration as e:
    print("stop", e.value)

c = outer()
print(c.send(None))
try:
    c.throw(TypeError("boom"))
except TypeError as e:
    print("escaped", e)
print(c.cr_running, c.cr_suspended)

# throw before start: raised at the start, nothing runs
async def never():
    print("never runs")
c = never()
try:
    c.throw(OSError("early"))
except OSError as e:
    print(type(e).__name__, e)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

# throw() argument checking
c = outer()
c.send(None)
for args in [(1,), (ValueError, 1, 2), ("x",)]:
    try:
        c.throw(*args)
    except Exception as e:
        print(type(e).__name__, e)
c.close()

# the awaited object's own throw() is used when it has one
class WithThrow:
    def __await__(self):
        return self
    def __iter__(self):
        return self
    def __next__(self):
        return "wt"
    def throw(self, *args):
        print("WithThrow.throw", args[0].__name__ if isinstance(args[0], type) else repr(args[0]))
        raise StopIteration("handled")

async def uses_wt():
    r = await WithThrow()
    return "after " + r

c = uses_wt()
print(c.send(None))
try:
    c.throw(IndexError)
except StopIteration as e:
    print(e.value)
