# run_in_executor / to_thread / shutdown_default_executor: work runs in
# other threads, results and exceptions come back through futures, and the
# loop is woken from those threads (call_soon_threadsafe -> self-pipe).
import asyncio
import threading
import time

main_ident = threading.get_ident()

def blocking(x):
    time.sleep(0.01)
    return x * 2, threading.get_ident() != main_ident

def failing():
    raise KeyError('boom')

async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 4))
    results = await asyncio.gather(*[loop.run_in_executor(None, blocking, i) for i in range(5)])
    print([r[0] for r in results], all(r[1] for r in results))
    try:
        await loop.run_in_executor(None, failing)
    except KeyError as e:
        print('KeyError', e)
    print(await asyncio.to_thread(blocking, 10))
    # a thread waking the loop directly
    fut = loop.create_future()
    def later():
        time.sleep(0.02)
        loop.call_soon_threadsafe(fut.set_result, 'from thread')
    threading.Thread(target=later).start()
    print(await asyncio.wait_for(fut, 5))
    # run_coroutine_threadsafe from a thread
    async def coro():
        await asyncio.sleep(0)
        return 'coro result'
    out = []
    def submit():
        out.append(asyncio.run_coroutine_threadsafe(coro(), loop).result(5))
    t = threading.Thread(target=submit)
    t.start()
    while t.is_alive():
        await asyncio.sleep(0.01)
    print(out)
    await loop.shutdown_default_executor()
    try:
        loop.run_in_executor(None, blocking, 1)
    except RuntimeError as e:
        print('RuntimeError', e)

asyncio.run(main())
print('threads left', threading.active_count())
