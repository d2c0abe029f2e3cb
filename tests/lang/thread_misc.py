# Threads with generators, thread identity and introspection:
# sys._current_frames, threading.enumerate, get_ident/get_native_id,
# settrace for new threads, and asyncio's to_thread/run_in_executor.
import sys, threading, asyncio, time

def gen(n):
    for i in range(n):
        yield i * i

sums = {}
def consume(k):
    sums[k] = sum(gen(1000 + k))
ts = [threading.Thread(target=consume, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(sums.items()))

# a generator made in one thread and finished in another
g = gen(10)
first = [next(g), next(g)]
rest = []
t = threading.Thread(target=lambda: rest.extend(g))
t.start(); t.join()
print(first, rest)

# identity and introspection while a worker waits
ready = threading.Event(); release = threading.Event()
info = {}
def parked():
    info['ident'] = threading.get_ident()
    info['native'] = threading.get_native_id()
    ready.set()
    release.wait()
w = threading.Thread(target=parked, name='parked')
w.start(); ready.wait()
frames = sys._current_frames()
print(info['ident'] == w.ident, info['native'] == w.native_id,
      info['native'] != threading.get_native_id())
print(threading.get_ident() in frames, w.ident in frames)
print(sorted(t.name for t in threading.enumerate()))
print(threading.active_count())
release.set(); w.join()
print(sorted(t.name for t in threading.enumerate()))

# threading.settrace applies to threads started afterwards
calls = []
def tracer(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'traced':
        calls.append(threading.current_thread().name)
    return None
def traced():
    return 1
threading.settrace(tracer)
t = threading.Thread(target=traced, name='tr')
t.start(); t.join()
threading.settrace(None)
print(calls)

# asyncio: blocking work in the default executor
def blocking(x):
    time.sleep(0.01)
    return x * 2, threading.current_thread() is not threading.main_thread()
async def main():
    r1 = await asyncio.to_thread(blocking, 21)
    loop = asyncio.get_running_loop()
    r2 = await loop.run_in_executor(None, blocking, 5)
    r3 = await asyncio.gather(*(asyncio.to_thread(blocking, i) for i in range(4)))
    return r1, r2, r3
print(asyncio.run(main()))
