# _asyncio.Future and Task instances take attributes (CPython's C future
# has an instance dict): a test may shadow a method on one future.
import asyncio

loop = asyncio.new_event_loop()
f = loop.create_future()
orig = f.result
f.result = lambda: 'patched'
f.set_result(3)
print(f.result(), orig())
print(asyncio.Future.result(f))
del f.result
print(f.result())
try:
    del f.result
except AttributeError as e:
    print('AttributeError', e)
try:
    f.nothing
except AttributeError as e:
    print('AttributeError', e)

async def work():
    await asyncio.sleep(0)
    return 7

t = loop.create_task(work())
t.tag = 'mine'
print(t.tag, loop.run_until_complete(t))

class F(asyncio.Future):
    pass
g = F(loop=loop)
g.x = 5
print(g.x, type(g).__name__)

# the proactor-style monkey patch: result() also fills a buffer
buf = bytearray(5)
f2 = loop.create_future()
result = f2.result
def monkey():
    buf[:3] = b'abc'
    return result()
f2.result = monkey
f2.set_result(3)
print(f2.result(), bytes(buf))
loop.close()
