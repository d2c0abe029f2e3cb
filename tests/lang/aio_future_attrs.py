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

# a subclass that sets attributes before the base __init__ runs
import collections
class Counting:
    def __init__(self, *args, **kwargs):
        self.calls = collections.defaultdict(int)
        super().__init__(*args, **kwargs)
    def add_done_callback(self, *args, **kwargs):
        self.calls['add_done_callback'] += 1
        return super().add_done_callback(*args, **kwargs)
class CTask(Counting, asyncio.Task): pass
class CFuture(Counting, asyncio.Future): pass
loop = asyncio.new_event_loop()
fut = CFuture(loop=loop)
async def func():
    loop.call_soon(lambda: fut.set_result('spam'))
    return await fut
task = CTask(func(), loop=loop)
print(loop.run_until_complete(task), dict(task.calls), dict(fut.calls))
loop.close()
