# asyncio subprocesses under each child watcher: the watcher learns of
# the child's exit from SIGCHLD through the loop's signal wake-up fd
# (SafeChildWatcher, FastChildWatcher) or from a thread/pidfd.
import asyncio
import signal
import sys
import warnings

warnings.simplefilter('ignore', DeprecationWarning)

class Proto(asyncio.SubprocessProtocol):
    def __init__(self, loop):
        self.completed = loop.create_future()
        self.data = b''
    def pipe_data_received(self, fd, data):
        self.data += data
    def process_exited(self):
        self.completed.set_result(None)

def run(watcher_cls):
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(None)
    watcher = watcher_cls()
    watcher.attach_loop(loop)
    asyncio.set_child_watcher(watcher)
    try:
        t, p = loop.run_until_complete(loop.subprocess_shell(
            lambda: Proto(loop), 'exit 7', stdin=None, stdout=None, stderr=None))
        loop.run_until_complete(asyncio.wait_for(p.completed, 20))
        print(watcher_cls.__name__, 'shell exit', t.get_returncode())
        t.close()
        t, p = loop.run_until_complete(loop.subprocess_exec(
            lambda: Proto(loop), sys.executable, '-c', 'print("hi")',
            stdin=None, stderr=None))
        loop.run_until_complete(asyncio.wait_for(p.completed, 20))
        print(watcher_cls.__name__, 'exec', t.get_returncode(), p.data)
        t.close()
    finally:
        asyncio.set_child_watcher(None)
        watcher.close()
        loop.close()

for cls in (asyncio.SafeChildWatcher, asyncio.FastChildWatcher,
            asyncio.ThreadedChildWatcher, asyncio.PidfdChildWatcher):
    run(cls)

# add_signal_handler: the callback runs in the loop, woken from select
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.add_signal_handler(signal.SIGUSR1, fut.set_result, 'usr1')
    loop.call_later(0.05, signal.raise_signal, signal.SIGUSR1)
    print('signal handler result', await asyncio.wait_for(fut, 5))
    print('removed', loop.remove_signal_handler(signal.SIGUSR1))
    print('removed again', loop.remove_signal_handler(signal.SIGUSR1))
    try:
        loop.add_signal_handler(signal.SIGKILL, print)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        loop.add_signal_handler(signal.NSIG + 1, print)
    except Exception as e:
        print(type(e).__name__, e)

asyncio.run(main())

async def proc():
    p = await asyncio.create_subprocess_exec(
        sys.executable, '-c', 'import sys; sys.stdout.write(sys.stdin.read().upper())',
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, err = await p.communicate(b'abc')
    print('communicate', out, err, p.returncode)
    p = await asyncio.create_subprocess_exec(sys.executable, '-c', 'import time; time.sleep(30)')
    p.terminate()
    print('terminated', await p.wait())
asyncio.run(proc())
