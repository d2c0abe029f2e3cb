# await chains: values yielded at the bottom reach the driver; sent values
# travel back down to the innermost __await__.
class Op:
    def __init__(self, name):
        self.name = name
    def __await__(self):
        reply = yield ("request", self.name)
        return reply

async def leaf(n):
    a = await Op("leaf-%d" % n)
    b = await Op("again-%d" % n)
    return a + b

async def middle(n):
    total = 0
    for i in range(n):
        total += await leaf(i)
    return total

async def top():
    r = await middle(3)
    s = await middle(1)
    return r, s

coro = top()
counter = 0
value = None
while True:
    try:
        req = coro.send(value)
    except StopIteration as e:
        print("result", e.value)
        break
    counter += 1
    print(req)
    value = counter

async def deep(n):
    if n == 0:
        return await Op("bottom")
    return 1 + await deep(n - 1)

c = deep(150)
print(c.send(None))
try:
    c.send(1000)
except StopIteration as e:
    print("deep", e.value)

async def awaits_value_of_await():
    x = await leaf(7)
    return [x, await leaf(8)]
c = awaits_value_of_await()
out = []
v = None
try:
    while True:
        out.append(c.send(v))
        v = len(out)
except StopIteration as e:
    print(out, e.value)
