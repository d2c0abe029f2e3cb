# A frame object kept past its function's return shows the locals the
# function left (not those at the time the object was made), outer frames
# too; a suspended generator's frame reads its current locals and line.
import sys

def keep():
    x = 11
    f = sys._getframe()
    p = x
    y = 14
    return f

fr = keep()
print(sorted(fr.f_locals.items(), key=lambda kv: kv[0] if kv[0] != 'f' else 'zz')[:3])
print(fr.f_lineno - fr.f_code.co_firstlineno, fr.f_code.co_name)

def caller(a, b=2):
    c = a + b
    inner = callee()
    d = c * 2
    return inner

def callee():
    return sys._getframe()

g = caller(5)
back = g.f_back
print(back.f_code.co_name, sorted(k for k in back.f_locals), back.f_locals['d'])
print(back.f_lineno - back.f_code.co_firstlineno)

def gen():
    a = 1
    yield a
    b = a + 1
    yield b
    c = 3
    yield c

it = gen()
frame = it.gi_frame
print(sorted(frame.f_locals), frame.f_lineno - frame.f_code.co_firstlineno)
next(it)
print(sorted(frame.f_locals), frame.f_lineno - frame.f_code.co_firstlineno)
next(it)
print(sorted(frame.f_locals), frame.f_lineno - frame.f_code.co_firstlineno)
print(sorted(it.gi_frame.f_locals))

async def coro(x):
    y = x * 2
    await something()

class something:
    def __await__(self):
        yield 'pause'

co = coro(4)
co.send(None)
print(sorted(co.cr_frame.f_locals.items()))
co.close()

import inspect
def deep():
    z = 'zed'
    return inspect.currentframe()
fz = deep()
print(inspect.getargvalues(fz).locals['z'])

def nested():
    v = 1
    def inner():
        return sys._getframe(1)
    f = inner()
    v = 2
    w = 3
    return f
print(sorted((k, v) for k, v in nested().f_locals.items() if k != 'inner' and k != 'f'))
