# What cannot be awaited, with CPython's messages.
async def aw(x):
    return await x

def drive(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value

class NonIter:
    def __await__(self):
        return 42

made = []
class RetCoro:
    def __await__(self):
        c = aw(1)
        made.append(c)
        return c

class Raises:
    def __await__(self):
        raise ValueError("from __await__")

async def simple():
    return 1

class RetList:
    def __await__(self):
        return [1, 2]

for obj in (1, "s", None, [1], NonIter(), Raises(), RetList(), RetCoro()):
    try:
        print(drive(aw(obj)))
    except Exception as e:
        print(type(e).__name__, e)

def gen():
    yield 1
try:
    drive(aw(gen()))
except TypeError as e:
    print(type(e).__name__, e)

async def agen():
    yield 1
try:
    drive(aw(agen()))
except TypeError as e:
    print(type(e).__name__, e)
print(drive(aw(simple())))
for c in made:
    c.close()
