# yield from / await resume the sub-generator inside the running loop:
# values sent down, yielded up through several levels, return values,
# exceptions escaping, throw() and close() while delegating, and the
# errors of the unusual cases (sending to a just-started generator,
# re-entering a running one, awaiting a finished coroutine).
import sys

def leaf():
    got = yield "a"
    got2 = yield "b:%s" % got
    return "leaf done %s" % got2

def middle():
    r = yield from leaf()
    yield "middle got " + r
    return "middle done"

def top():
    r = yield from middle()
    yield r

g = top()
print(next(g))
print(g.send(1))
print(g.send(2))
print(g.send(3))
try:
    g.send(4)
except StopIteration as e:
    print("StopIteration", e.value)

print(list(top()))

def boom():
    yield 1
    raise KeyError("k")

def deleg():
    try:
        yield from boom()
    except KeyError as e:
        yield "caught " + str(e)

print(list(deleg()))

def stopper():
    yield 1
    raise StopIteration("x")

def deleg2():
    yield from stopper()

try:
    list(deleg2())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

# throw and close while delegating
def catcher():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "handled"
    finally:
        print("catcher finally")

def outer():
    yield from catcher()
    yield "after"

o = outer()
print(next(o), o.throw(ValueError), next(o))
o.close()
o = outer()
next(o)
o.close()
print("closed", o.gi_frame)

# send to a just-started sub-generator through yield from
def sub_new():
    yield 1
def sends():
    s = sub_new()
    x = yield from s
    yield x
def pass_value():
    inner = sub_new()
    yield from inner
s = sends()
print(next(s), list(s))

# re-entering a running generator via yield from
def selfish():
    yield from me
me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)

# exc_info inside delegated generators
def show():
    yield sys.exc_info()[0]
def under_except():
    try:
        raise IndexError
    except IndexError:
        yield from show()
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]
print([t.__name__ if t else None for t in under_except()])

# coroutines
class Sleep:
    def __await__(self):
        v = yield "sleep"
        return v

async def inner(n):
    total = 0
    for i in range(n):
        total += await Sleep()
    return total

async def mid(n):
    a = await inner(n)
    b = await inner(n)
    return a + b

async def main():
    r = await mid(3)
    try:
        await failing()
    except ZeroDivisionError as e:
        r += 1000
    return r

async def failing():
    await Sleep()
    1 / 0

c = main()
steps = 0
v = c.send(None)
try:
    while True:
        steps += 1
        v = c.send(steps)
except StopIteration as e:
    print("coroutine result", e.value, "steps", steps)

async def once():
    return 5
co = once()
async def twice():
    a = await co
    b = await co
    return a + b
try:
    twice().send(None)
except RuntimeError as e:
    print("RuntimeError", e)

# deep yield from recursion (inorder traversal)
def inorder(t):
    if t:
        yield from inorder(t[0])
        yield t[1]
        yield from inorder(t[2])
tree = None
for k in [5, 3, 8, 1, 4, 7, 9, 2, 6]:
    def ins(t, k):
        if t is None:
            return [None, k, None]
        if k < t[1]:
            t[0] = ins(t[0], k)
        else:
            t[2] = ins(t[2], k)
        return t
    tree = ins(tree, k)
print(list(inorder(tree)))
def chain(n):
    if n == 0:
        yield "bottom"
        return
    yield from chain(n - 1)
try:
    print(list(chain(50)))
except RecursionError:
    print("recursion")
try:
    list(chain(100000))
except RecursionError as e:
    print("RecursionError", e)
# an async generator's await, its asend() stepped by next() (sends nothing)
class Request:
    def __await__(self):
        reply = yield "req"
        return reply

async def fetcher():
    body = await Request()
    print("body", body is None, None)
    yield 1

async def consumer():
    async for x in fetcher():
        pass

c = consumer()
print(c.send(None))
try:
    c.send(None)
except StopIteration:
    print("done")
