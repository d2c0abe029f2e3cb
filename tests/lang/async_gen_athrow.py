# athrow(): an exception raised at the async generator's yield.
async def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("caught", e)
            n += 100
        except KeyError:
            print("stopping")
            return
        n += 1

def result(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("yield", e.value)
    except StopAsyncIteration:
        return ("end",)
    except Exception as e:
        return ("raised", type(e).__name__, str(e))
    return ("suspended",)

g = resilient()
print(result(g.asend(None)))
print(result(g.athrow(ValueError("v1"))))
print(result(g.athrow(ValueError, "v2")))
print(result(g.asend(None)))
print(result(g.athrow(KeyError)))
print(result(g.asend(None)))
print(result(g.athrow(ValueError)))

g = resilient()
print(result(g.asend(None)))
print(result(g.athrow(TypeError("unhandled"))))
print(result(g.asend(None)))

# athrow on a fresh generator: raised immediately, generator finished
g = resilient()
print(result(g.athrow(OSError("fresh"))))
print(result(g.asend(None)))

aw = resilient().athrow(ValueError)
print(type(aw).__name__)
print(result(aw))
try:
    aw.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

for args in [(), (1,)]:
    try:
        g = resilient()
        result(g.asend(None))
        print(result(g.athrow(*args)))
    except TypeError as e:
        print(type(e).__name__, e)
