# Coroutines under sys.settrace: each resume is a 'call', each suspension
# a 'return'; driven by hand (send) so no event loop code is traced.
import sys
import types

events = []

def tracer(frame, event, arg):
    co = frame.f_code
    if co.co_filename != __file__:
        return None
    if event == 'exception':
        arg = arg[0].__name__
    elif event != 'return':
        arg = None
    events.append((event, co.co_name, frame.f_lineno - co.co_firstlineno, arg))
    return tracer

@types.coroutine
def pause(v):
    got = yield v
    return got

async def child(x):
    a = await pause(x)
    return a * 2

async def parent():
    r = await child(1)
    try:
        await pause('boom')
    except ValueError:
        r += 100
    return r

sys.settrace(tracer)
co = parent()
print(co.send(None))
print(co.send(5))
print(co.throw(ValueError('v')))
try:
    co.send(None)
except StopIteration as e:
    print('done', e.value)
sys.settrace(None)
for e in events:
    print(*e)
