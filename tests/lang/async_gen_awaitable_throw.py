# throw() and close() called on the asend/athrow/aclose awaitables themselves.
class Pause:
    def __await__(self):
        yield "paused"

def outcome(f, *args):
    try:
        return ("value", f(*args))
    except StopIteration as e:
        return ("stop", e.value)
    except StopAsyncIteration:
        return ("stop-async",)
    except Exception as e:
        return ("raised", type(e).__name__, str(e))

async def gen():
    try:
        yield 1
        await Pause()
        yield 2
    except KeyError:
        yield "key handled"
    finally:
        print("gen finally")

g = gen()
print(outcome(g.asend(None).send, None))
aw = g.asend(None)
print(outcome(aw.send, None))
print(outcome(aw.throw, KeyError))
print(outcome(aw.send, None))
print(outcome(g.asend(None).send, None))

g = gen()
print(outcome(g.asend(None).send, None))
aw = g.aclose()
print(outcome(aw.throw, ValueError("into aclose")))
print(outcome(aw.send, None))
print(g.ag_running)

g = gen()
print(outcome(g.asend(None).send, None))
aw = g.athrow(IndexError)
print(outcome(aw.throw, KeyError))
print(outcome(aw.throw, OSError))
print(outcome(aw.send, None))

g = gen()
print(outcome(g.asend(None).send, None))
aw = g.aclose()
print(outcome(aw.throw, GeneratorExit))
print(outcome(aw.send, None))

stop = []
async def ignoring():
    while not stop:
        try:
            yield "again"
        except GeneratorExit:
            pass

g = ignoring()
print(outcome(g.asend(None).send, None))
aw = g.aclose()
print(outcome(aw.throw, GeneratorExit))
print(outcome(aw.send, None))
print(outcome(g.aclose().send, None))
print(outcome(g.athrow(KeyError("end")).send, None))
stop.append(1)
print(outcome(g.asend(None).send, None))
