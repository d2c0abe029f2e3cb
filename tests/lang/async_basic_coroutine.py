# Coroutine objects: creation runs nothing; send(None) drives them.
log = []

async def add(a, b=10, *rest, scale=1, **kw):
    log.append(("add", a, b, rest, scale, sorted(kw)))
    return (a + b + sum(rest)) * scale

def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

c = add(1)
print(type(c).__name__, log)
print(repr(c).startswith("<coroutine object add at 0x"))
print(c.__name__, c.__qualname__)
print(c.cr_running, c.cr_await, c.cr_suspended, c.cr_origin)
print(drive(c), log)
print(drive(add(1, 2, 3, 4, scale=2, z=1, y=2)))
print(drive(add(b=5, a=1)))

try:
    add()
except TypeError as e:
    print(type(e).__name__, e)
try:
    add(1, nope=2, scale=3, b=4, a=5)
except TypeError as e:
    print(type(e).__name__, e)

class K:
    async def meth(self, x):
        return ("meth", x)
    @staticmethod
    async def st(x):
        return ("st", x)
    @classmethod
    async def cm(cls, x):
        return (cls.__name__, x)

k = K()
print(drive(k.meth(1)), drive(K.st(2)), drive(K.cm(3)), drive(k.cm(4)))
m5 = k.meth(5)
print(K.meth.__qualname__, m5.__qualname__)
m5.close()

def outer():
    async def inner():
        return 1
    return inner()
co = outer()
print(co.__qualname__, drive(co))

async def empty():
    pass
print(drive(empty()))

e0 = empty()
try:
    iter(e0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(e0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    e0.send(1)
except TypeError as e:
    print(type(e).__name__, e)
e0.close()
try:
    e0.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
