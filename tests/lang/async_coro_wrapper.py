# coroutine.__await__() returns an iterator over the coroutine.
class Pause:
    def __await__(self):
        x = yield "p1"
        y = yield "p2:%s" % x
        return y

async def co():
    r = await Pause()
    return "r=%s" % r

c = co()
w = c.__await__()
print(type(w).__name__, iter(w) is w)
print(next(w))
print(w.send("sent"))
try:
    w.send("last")
except StopIteration as e:
    print("stop", e.value)
try:
    next(w)
except RuntimeError as e:
    print(type(e).__name__, e)

c = co()
w = c.__await__()
print(next(w))
try:
    w.throw(ValueError("x"))
except ValueError as e:
    print("thrown", e)
print(c.cr_suspended)

c = co()
w = c.__await__()
next(w)
print(w.close(), c.cr_suspended)

# a generator can delegate to the wrapper with yield from
def legacy(c):
    r = yield from c.__await__()
    return r
g = legacy(co())
print(next(g), g.send(1))
try:
    g.send(2)
except StopIteration as e:
    print(e.value)

# for loop over the wrapper
c = co()
print(list(c.__await__()))
try:
    c.__await__(1)
except TypeError as e:
    print(type(e).__name__)
