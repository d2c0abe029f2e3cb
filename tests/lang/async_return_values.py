# What comes back out of coroutines: return values in StopIteration.
async def ret(v):
    return v

for v in (None, 0, "s", (1, 2), [3], StopIteration(9), ()):
    c = ret(v)
    try:
        c.send(None)
    except StopIteration as e:
        print(repr(e.value), e.args)

async def awaits_tuple():
    a, b = await ret((1, 2))
    *rest, last = await ret([1, 2, 3])
    return a, b, rest, last

try:
    awaits_tuple().send(None)
except StopIteration as e:
    print(e.value)

async def returns_coroutine():
    return ret(5)

try:
    returns_coroutine().send(None)
except StopIteration as e:
    inner = e.value
    print(type(inner).__name__)
    try:
        inner.send(None)
    except StopIteration as e2:
        print(e2.value)

async def no_return():
    x = 1
try:
    no_return().send(None)
except StopIteration as e:
    print(e.value, e.args)
