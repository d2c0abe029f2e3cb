# asyncio.Task (the native _asyncio.Task): stepping, awaiting futures,
# cancellation with messages, misuse of yield, names, bookkeeping.
import asyncio
import types


def show(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, type(e).__name__, e)


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def fails():
    await asyncio.sleep(0)
    raise KeyError("inner")


@types.coroutine
def bare_yield():
    yield


@types.coroutine
def yield_value(v):
    yield v


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(add(1, 2), name="adder")
    print(t.get_name(), t.done(), type(t).__name__, t in asyncio.all_tasks())
    print(await t, t.done(), t.result(), repr(t)[:40])
    t.set_name(123)
    print(repr(t.get_name()), t.get_coro().__name__)
    show("set_result", lambda: t.set_result(1))
    show("set_exception", lambda: t.set_exception(ValueError()))

    f = asyncio.create_task(fails())
    try:
        await f
    except KeyError as e:
        print("raised", repr(e), repr(f.exception()))

    # awaiting a plain future: the task parks on it
    fut = loop.create_future()
    async def waiter():
        return await fut
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print(w._fut_waiter is fut, len(fut._callbacks))
    fut.set_result("woken")
    print(await w)

    # cancellation, with and without a message, and uncancel()
    s = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    print(s.cancel("stop"), s.cancelling(), s.cancel(), s.cancelling())
    try:
        await s
    except asyncio.CancelledError as e:
        print("cancelled", e.args, s.cancelled())
    print(s.cancel(), s.uncancel(), s.uncancel())

    # cancel before the first step
    s2 = asyncio.create_task(add(2, 2))
    print(s2.cancel(), s2._must_cancel)
    try:
        await s2
    except asyncio.CancelledError as e:
        print("cancelled early", e.args)

    # a coroutine catching its cancellation
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "caught"
    s3 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s3.cancel()
    print(await s3, s3.cancelled())

    # bare yield gives one loop turn; other yields are errors
    async def bare():
        await bare_yield()
        return "after bare yield"
    print(await asyncio.create_task(bare()))
    for v in (42, (x for x in ())):
        async def bad(v=v):
            await yield_value(v)
        b = asyncio.create_task(bad())
        try:
            await b
        except RuntimeError as e:
            print("RuntimeError", str(e)[:50])

    # a future yielded without await
    async def no_await():
        f = loop.create_future()
        await yield_value(f)
    n = asyncio.create_task(no_await())
    try:
        await n
    except RuntimeError as e:
        print("RuntimeError", str(e)[:38])

    print(asyncio.current_task().get_name(), len(await asyncio.gather(*(add(i, i) for i in range(10)))))
    show("not coro", lambda: asyncio.Task(42))
    show("not coro", lambda: loop.create_task(None))


asyncio.run(main())
c = add(1, 1)
show("no loop", lambda: asyncio.Task(c))
c.close()
