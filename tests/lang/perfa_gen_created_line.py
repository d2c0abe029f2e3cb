# The frame of a generator, coroutine or async generator that has not
# started stands at its def line (asyncio's task reprs print it).
import asyncio
import sys


def gen():
    x = 1
    yield x


async def coro():
    return 'abc'


async def agen():
    yield 1


def rel(line):
    return line - gen.__code__.co_firstlineno


g, c, a = gen(), coro(), agen()
print(rel(g.gi_frame.f_lineno), rel(c.cr_frame.f_lineno), rel(a.ag_frame.f_lineno))
next(g)
print(rel(g.gi_frame.f_lineno))


def decorated(f):
    return f


@decorated
def gen2(
    a=1,
):
    yield a


g2 = gen2()
print(g2.gi_frame.f_lineno - gen2.__code__.co_firstlineno, g2.gi_code.co_firstlineno - gen.__code__.co_firstlineno)


async def main():
    t = asyncio.get_running_loop().create_task(coro(), name="T")
    r = repr(t)
    print(r.split(" coro=")[0], r.endswith(":%d>>" % coro.__code__.co_firstlineno))
    await t

c.close()
asyncio.run(main())
