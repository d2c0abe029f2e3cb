# gen.send(v) / coro.send(v) called from Python code: values in and out,
# StopIteration at the call, PEP 479, running and finished generators,
# tracebacks through the resumed frame, and a hand-written scheduler.
import sys
import traceback
import types


def echo():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v


g = echo()
print(g.send(None), g.send(1), g.send(2), g.gi_running, g.gi_suspended)
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
try:
    g.send(None)
except StopIteration as e:
    print("again", e.value, e.args)


def watcher():
    frame = sys._getframe()
    yield frame.f_back.f_code.co_name, g2.gi_running


def caller():
    return g2.send(None)


g2 = watcher()
print(caller())

def bad():
    yield 1
    raise StopIteration("inner")


b = bad()
b.send(None)
try:
    b.send(None)
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))


def fails():
    yield 1
    {}["missing"]


f = fails()
f.send(None)
try:
    f.send(None)
except KeyError:
    tb = traceback.format_exc().splitlines()
    print([line.strip() for line in tb if not line.startswith("  File")])
    print([line.split(", ")[-1] for line in tb if line.startswith("  File")])


def reentrant():
    yield me.send(None)


me = reentrant()
try:
    me.send(None)
except ValueError as e:
    print(e)
print(me.gi_running, me.gi_frame is None)

fresh = echo()
try:
    fresh.send(5)
except TypeError as e:
    print(e)


async def co(x):
    await types.coroutine(lambda: (yield "tick"))()
    return x * 2


c = co(21)
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("coroutine returned", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)


@types.coroutine
def pause(tag):
    got = yield tag
    return got


async def task(name, n):
    seen = []
    for i in range(n):
        seen.append(await pause((name, i)))
    return name, seen


def run(coros):
    log, ready, step, started = [], list(coros), 0, set()
    while ready:
        c = ready.pop(0)
        try:
            req = c.send(step if id(c) in started else None)
            started.add(id(c))
        except StopIteration as e:
            log.append(("done", e.value))
            continue
        step += 1
        log.append(req)
        ready.append(c)
    return log


print(run([task("a", 2), task("b", 3)]))


def gen_in_gen():
    inner = echo()
    inner.send(None)
    x = yield inner.send(10)
    yield inner.send(x)


gg = gen_in_gen()
print(gg.send(None), gg.send(5))

# an unbound send of the wrong kind still raises
other = co(1)
try:
    type(echo()).send(other, None)
except TypeError as e:
    print(type(e).__name__)
other.close()
