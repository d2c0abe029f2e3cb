# `async for` over async generators: the per-item asend awaitable is
# recycled by krait when the step ends; these check that nothing visible
# depends on it (nesting, ag_await read while suspended, errors, breaks).
import types


@types.coroutine
def suspend(v):
    return (yield v)


def drive(coro, sends=None):
    """Run coro to the end, answering each value it yields with its repr."""
    out = []
    val = None
    while True:
        try:
            y = coro.send(val)
        except StopIteration as e:
            out.append(("done", e.value))
            return out
        out.append(("yield", y))
        val = "sent:%r" % (y,)


async def count(n, label):
    for i in range(n):
        yield "%s%d" % (label, i)


async def nested(depth, n):
    if depth == 0:
        async for x in count(n, "leaf"):
            yield x
        return
    async for x in nested(depth - 1, n):
        yield "%d/%s" % (depth, x)


async def main_nested():
    got = []
    async for x in nested(4, 3):
        got.append(x)
    return got


print(drive(main_nested()))


# An await inside the generator: its value passes through the asend to
# the driver, and the sent value comes back.
async def waiting():
    for i in range(3):
        r = await suspend("tick%d" % i)
        yield r


async def main_waiting():
    got = []
    async for x in waiting():
        got.append(x)
    return got


print(drive(main_waiting()))


# ag_await read while the consumer is suspended inside an asend: the
# awaitable Python code holds must stay what it was.
holder = []


async def outer_gen():
    async for x in waiting():
        yield x


async def main_peek():
    agen = outer_gen()
    aw = agen.__anext__()
    first = aw.send(None)          # suspended at suspend("tick0")
    inner_aw = agen.ag_await
    holder.append(inner_aw)
    print("peek", first, type(inner_aw).__name__)
    try:
        aw.send("answer")
    except StopIteration as e:
        print("item", e.value)
    # the inner asend finished: reusing it is refused, as in CPython
    try:
        inner_aw.send(None)
    except RuntimeError as e:
        print("RuntimeError", e)
    more = []
    async for x in agen:
        more.append(x)
    return more


print(drive(main_peek()))
print(type(holder[0]).__name__)


# Errors out of the inner generator, break, and continue.
async def failing():
    yield 1
    raise ValueError("inner failed")


async def main_errors():
    got = []
    try:
        async for x in failing():
            got.append(x)
    except ValueError as e:
        got.append("caught %s" % e)
    for _ in range(3):
        async for x in count(5, "b"):
            if x == "b2":
                break
            got.append(x)
    async for x in count(4, "c"):
        if x in ("c1", "c2"):
            continue
        got.append(x)
    return got


print(drive(main_errors()))


# Async comprehensions step the same way.
async def main_comp():
    a = [x async for x in count(4, "k")]
    b = {x: len(x) async for x in count(3, "m")}
    c = [y async for x in nested(2, 2) if "1" in x async for y in count(2, x)]
    return a, b, c


print(drive(main_comp()))


# throw() and close() into a consumer suspended inside an asend.
async def consumer():
    try:
        async for x in waiting():
            yield x
    except KeyError as e:
        yield "consumer caught %r" % (e,)
    finally:
        print("consumer finally")


async def main_throw():
    agen = consumer()
    aw = agen.__anext__()
    print(aw.send(None))
    try:
        aw.throw(KeyError("k"))
    except StopIteration as e:
        print("after throw", e.value)
    await agen.aclose()
    return "closed"


print(drive(main_throw()))
