# Generators and coroutines after they finish: what stays readable (code,
# names, state) and what is gone (the frame), however they finished.
import inspect
import sys
import types


def gen(n):
    total = 0
    for i in range(n):
        total += yield i
    return total


def show(g):
    print(type(g).__name__, g.__name__, g.__qualname__, inspect.getgeneratorstate(g),
          g.gi_frame is None, g.gi_code.co_name, g.gi_running, g.gi_yieldfrom)


g = gen(3)
show(g)
print(next(g), g.send(10), g.send(20))
show(g)
try:
    g.send(30)
except StopIteration as e:
    print("StopIteration", e.value)
show(g)
print(list(g), g.gi_code.co_varnames)

# finished by close() before starting, by close() while suspended, by throw()
g = gen(2)
g.close()
show(g)
g = gen(2)
next(g)
g.close()
show(g)
g = gen(2)
try:
    g.throw(ValueError("boom"))
except Exception as e:
    print(type(e).__name__, e)
show(g)
g = gen(2)
next(g)
try:
    g.throw(KeyError, "k")
except Exception as e:
    print(type(e).__name__, e)
show(g)

# an exception escaping; PEP 479
def bad():
    yield 1
    raise StopIteration("inner")

g = bad()
next(g)
try:
    next(g)
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
show(g)


async def coro(x):
    return x * 2


c = coro(5)
print(c.cr_frame is not None, c.cr_code.co_name, inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(c.cr_frame, c.cr_code.co_name, c.cr_await, c.cr_running, inspect.getcoroutinestate(c))
try:
    c.send(None)
except Exception as e:
    print(type(e).__name__, e)
c.close()
print(c.cr_code.co_qualname)


@types.coroutine
def legacy():
    yield "tick"
    return "legacy done"


async def user():
    return await legacy()


g = legacy()
print(list(g), g.gi_code.co_flags & inspect.CO_ITERABLE_COROUTINE != 0)
print(inspect.isawaitable(g), inspect.isawaitable(legacy()))
u = user()
print(u.send(None))
try:
    u.send(None)
except StopIteration as e:
    print("user", e.value)


# many generators finishing interleaved with new ones: values stay apart
def counter(tag, n):
    for i in range(n):
        yield tag, i
    return tag


live = [counter(t, t % 5) for t in range(40)]
done = []
rounds = 0
while live:
    rounds += 1
    keep = []
    for g in live:
        try:
            tag, i = next(g)
            assert g.gi_frame.f_locals["tag"] == tag, (tag, g.gi_frame.f_locals)
            keep.append(g)
        except StopIteration as e:
            done.append(e.value)
            live.extend(counter(100 + e.value, 2) for _ in range(1) if e.value < 10)
    live = keep
print(rounds, len(done), sorted(done)[:12], sum(done))
