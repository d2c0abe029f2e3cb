# The current context follows every way of switching it: setcontext,
# localcontext (nested, and exited by an exception), contextvars'
# Context.run and copy_context, threads, and asyncio tasks.
import asyncio
import contextvars
import decimal
import threading
from decimal import Decimal as D

one7 = lambda: str(D(1) / D(7))

print(one7())
decimal.getcontext().prec = 5
print(one7())
decimal.setcontext(decimal.Context(prec=3))
print(one7(), decimal.getcontext().prec)
decimal.setcontext(decimal.BasicContext)
print(one7(), decimal.getcontext() is decimal.BasicContext)
decimal.setcontext(decimal.DefaultContext)
print(one7())

with decimal.localcontext() as c:
    c.prec = 10
    print(one7())
    with decimal.localcontext(decimal.Context(prec=2)):
        print(one7())
        decimal.getcontext().prec = 4
        print(one7())
    print(one7())
print(one7())
try:
    with decimal.localcontext(decimal.Context(prec=12)):
        print(one7())
        raise KeyError('x')
except KeyError:
    pass
print(one7())

# Context.run: a copied context keeps its own decimal context
def inner(p):
    decimal.getcontext().prec = p
    return one7()

ctx = contextvars.copy_context()
print(ctx.run(inner, 6), one7())
print(ctx.run(one7), one7())
ctx2 = contextvars.Context()
print(ctx2.run(one7), ctx2.run(inner, 9), ctx2.run(one7), one7())

# threads: each starts with a copy of DefaultContext
out = {}
def worker(p):
    r = [one7()]
    decimal.getcontext().prec = p
    r.append(one7())
    out[p] = r
ts = [threading.Thread(target=worker, args=(p,)) for p in (3, 8, 15)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out.items()), one7())

# asyncio: each task runs in a copy of the context it was created in
async def task(p, ev):
    decimal.getcontext().prec = p
    await asyncio.sleep(0)
    a = one7()
    await ev.wait()
    return a, one7()

async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(task(p, ev)) for p in (2, 11, 6)]
    await asyncio.sleep(0)
    ev.set()
    return [await t for t in ts], one7()

decimal.getcontext().prec = 13
print(asyncio.run(main()))
print(one7())

# a generator sees the context of whoever resumes it
def gen():
    while True:
        yield one7()
g = gen()
print(next(g))
with decimal.localcontext(decimal.Context(prec=4)):
    print(next(g))
print(next(g))
