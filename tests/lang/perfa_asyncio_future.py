# asyncio.Future (the native _asyncio.Future): states, callbacks, errors.
import asyncio
import contextvars


def show(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, type(e).__name__, e)


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)

f = loop.create_future()
print(type(f).__name__, f._state, f.done(), f.cancelled(), f.get_loop() is loop)
print(f._callbacks, f._result, f._exception, f._asyncio_future_blocking, f._log_traceback)
show("result pending", f.result)
show("exception pending", f.exception)
calls = []
f.add_done_callback(lambda fut: calls.append(("a", fut.result())))
f.add_done_callback(lambda fut: calls.append(("b", fut.result())))
cb = lambda fut: calls.append("removed")
f.add_done_callback(cb)
f.add_done_callback(cb)
print(len(f._callbacks), f.remove_done_callback(cb), len(f._callbacks), f.remove_done_callback(cb))
f.set_result(42)
print(f, f.done(), f.result(), f.exception(), calls)
loop.run_until_complete(asyncio.sleep(0))
print(calls)
show("set_result twice", lambda: f.set_result(1))
show("set_exception done", lambda: f.set_exception(ValueError))
show("cancel done", f.cancel)

g = loop.create_future()
g.set_exception(ValueError("bad"))
print(g._log_traceback, g)
show("result", g.result)
print(g._log_traceback, repr(g.exception()))

h = loop.create_future()
show("StopIteration", lambda: h.set_exception(StopIteration))
show("not exc", lambda: h.set_exception(3))
show("class", lambda: h.set_exception(KeyError))
print(type(h.exception()).__name__)
show("log tb True", lambda: setattr(h, "_log_traceback", True))
h._log_traceback = False
show("del blocking", lambda: delattr(h, "_asyncio_future_blocking"))

c = loop.create_future()
print(c.cancel("why"), c.cancelled(), c._state, c._cancel_message, c.cancel())
show("cancelled result", c.result)
show("cancelled exception", c.exception)
e = c._make_cancelled_error()
print(type(e).__name__, e.args)

# await: the future yields itself once, then returns its result
d = loop.create_future()
it = d.__await__()
print(next(it) is d, d._asyncio_future_blocking)
show("next again", lambda: next(it))
d.set_result("done")
try:
    next(it)
except StopIteration as s:
    print("StopIteration", s.value)
it2 = iter(d)
show("send", lambda: it2.send(None))
it3 = d.__await__()
show("throw", lambda: it3.throw(KeyError("k")))
show("throw bad", lambda: d.__await__().throw(3))
print(it3.close())

# context of callbacks
var = contextvars.ContextVar("var", default="outer")
ctx = contextvars.copy_context()
ctx.run(var.set, "inner")
k = loop.create_future()
k.add_done_callback(lambda fut: print("in ctx", var.get()), context=ctx)
k.add_done_callback(lambda fut: print("default ctx", var.get()))
k.set_result(None)
loop.run_until_complete(asyncio.sleep(0))

# a subclass
class MyFuture(asyncio.Future):
    def result(self):
        return ("sub", super().result())

m = MyFuture(loop=loop)
m.x = 1
m.set_result(5)
print(m.result(), m.x, isinstance(m, asyncio.Future), asyncio.isfuture(m), m)
print(asyncio.Future[int])
show("positional", lambda: asyncio.Future(loop))
loop.close()
