# await as an operand: precedence and evaluation order.
class Val:
    def __init__(self, v, log):
        self.v = v
        self.log = log
    def __await__(self):
        self.log.append("await %r" % (self.v,))
        yield
        return self.v

def run(c):
    n = 0
    try:
        while True:
            c.send(None)
            n += 1
    except StopIteration as e:
        return e.value, n

log = []
def V(v):
    log.append("make %r" % (v,))
    return Val(v, log)

async def exprs():
    r = []
    r.append(await V(3) ** 2)
    r.append(-await V(4))
    r.append(await V(1) + await V(2) * await V(3))
    r.append([await V("a"), await V("b")])
    r.append(f"<{await V('f')}>")
    r.append((await V([1, 2, 3]))[1])
    r.append(await V(True) and await V("and"))
    r.append(await V(0) or await V("or"))
    r.append("yes" if await V(1) else "no")
    r.append(len(await V("four")))
    r.append({await V("k"): await V("v")})
    r.append(not await V(False))
    r.append(await V(5) if await V(False) else await V(6))
    x = await V(10)
    x += await V(1)
    r.append(x)
    return r

print(run(exprs()))
print(log)

async def await_in_call_kwargs(f):
    return f(await V(1), b=await V(2))
log.clear()
print(run(await_in_call_kwargs(lambda a, b: (a, b))))
print(log)

async def await_in_while():
    i = 0
    while await V(i < 3):
        i += 1
    return i
log.clear()
print(run(await_in_while()))
