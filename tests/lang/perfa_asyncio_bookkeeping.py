# _asyncio's module functions: the running loop, current task, the task
# registry, and their error messages.
import asyncio
import _asyncio


def show(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, type(e).__name__, e)


class Loop:
    def __repr__(self):
        return "<Loop>"


class T:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "<T %s>" % self.name


show("running", _asyncio.get_running_loop)
show("_running", _asyncio._get_running_loop)
loop = Loop()
_asyncio._set_running_loop(loop)
print(_asyncio._get_running_loop() is loop, asyncio.get_running_loop() is loop,
      asyncio.get_event_loop() is loop)
_asyncio._set_running_loop(None)
show("after reset", _asyncio._get_running_loop)
show("set no args", lambda: _asyncio._set_running_loop())

a, b = T("a"), T("b")
_asyncio._enter_task(loop, a)
print(_asyncio._current_tasks[loop])
show("enter twice", lambda: _asyncio._enter_task(loop, b))
show("leave other", lambda: _asyncio._leave_task(loop, b))
_asyncio._leave_task(loop, a)
show("leave again", lambda: _asyncio._leave_task(loop, a))
show("leave kw", lambda: _asyncio._leave_task(loop=loop, task=a))
print(loop in _asyncio._current_tasks)
show("enter missing", lambda: _asyncio._enter_task(loop))


async def main():
    me = asyncio.current_task()
    print(me.get_name(), me in asyncio.all_tasks(), len(asyncio.all_tasks()))
    print(asyncio.current_task(asyncio.get_running_loop()) is me)
    t = asyncio.create_task(asyncio.sleep(0))
    print(len(asyncio.all_tasks()))
    await t
    print(len(asyncio.all_tasks()))
    print(asyncio.get_event_loop() is asyncio.get_running_loop())


asyncio.run(main())
show("current_task no loop", asyncio.current_task)
print(type(_asyncio._all_tasks).__name__, type(_asyncio._current_tasks).__name__)
show("missing attr", lambda: _asyncio.nothing)
print(asyncio.Future.__module__, asyncio.Task.__module__, asyncio.Task.__mro__[1].__name__)
