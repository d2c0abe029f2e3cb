# What __aexit__ receives, and what its result and errors do.
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value

class Recorder:
    def __init__(self, result=None, raise_in_exit=None):
        self.result = result
        self.raise_in_exit = raise_in_exit
    async def __aenter__(self):
        return self
    async def __aexit__(self, typ, val, tb):
        self.seen = (typ.__name__ if typ else None, str(val) if val else None, tb is not None)
        if self.raise_in_exit:
            raise self.raise_in_exit
        return self.result

async def body(mgr, exc):
    async with mgr:
        if exc:
            raise exc
    return "completed"

for result in (None, False, 0, 1, "yes", []):
    m = Recorder(result)
    try:
        print(run(body(m, KeyError("k"))), m.seen)
    except KeyError as e:
        print("propagated", repr(e), m.seen)

m = Recorder()
print(run(body(m, None)), m.seen)

m = Recorder(raise_in_exit=ValueError("exit failed"))
try:
    run(body(m, KeyError("original")))
except ValueError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

m = Recorder(raise_in_exit=ValueError("exit failed clean"))
try:
    run(body(m, None))
except ValueError as e:
    print(type(e).__name__, e, e.__context__)

async def bare_raise_after_with():
    try:
        raise IndexError("outer")
    except IndexError:
        async with Recorder(True):
            raise KeyError("inner suppressed")
        raise
try:
    run(bare_raise_after_with())
except IndexError as e:
    print("re-raised", e)
