# async with: __aenter__/__aexit__ awaited; suppression; exits on
# return, break and continue.
log = []

class Pause:
    def __await__(self):
        yield "tick"

class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Pause()
        log.append("enter " + self.name)
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        await Pause()
        log.append("exit %s %s %s" % (self.name, typ.__name__ if typ else None, val))
        return self.suppress

def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value

async def basic():
    async with Manager("a") as v:
        log.append("body " + v)
    async with Manager("b"), Manager("c") as c2:
        log.append("two " + c2)
    async with Manager("s", suppress=True):
        raise ValueError("suppressed")
    try:
        async with Manager("p"):
            raise KeyError("propagated")
    except KeyError as e:
        log.append("caught %r" % e)
    return "done"

print(run(basic()))
print("\n".join(log))
log.clear()

async def exits():
    for i in range(3):
        async with Manager("loop%d" % i):
            if i == 0:
                continue
            if i == 1:
                break
    async with Manager("ret"):
        return "returned"

print(run(exits()))
print(log)
log.clear()

async def nested_try():
    try:
        async with Manager("outer"):
            try:
                async with Manager("inner"):
                    1 / 0
            finally:
                log.append("inner finally")
    except ZeroDivisionError as e:
        log.append("outer caught " + type(e).__name__)
    return len(log)
print(run(nested_try()))
print(log)
