# concurrent.futures.ThreadPoolExecutor: map, submit, results and
# exceptions, as_completed, wait, shutdown, and the thread names.
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION
import threading

def square(x):
    return x * x

with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(10))))
    futs = [ex.submit(square, i) for i in range(5)]
    print([f.result() for f in futs])
    print(sorted(f.result() for f in as_completed(futs)))

def fail(x):
    if x == 3:
        raise ValueError('bad %d' % x)
    return x

with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(fail, 3)
    try:
        f.result()
    except ValueError as e:
        print('ValueError', e)
    print(type(f.exception()).__name__, f.done(), f.cancelled())
    try:
        list(ex.map(fail, range(5)))
    except ValueError as e:
        print('map ValueError', e)
    fs = [ex.submit(fail, i) for i in range(5)]
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print(any(f.exception() for f in done))

names = set()
def record(_):
    names.add(threading.current_thread().name.split('_')[0])
    return threading.get_ident()
with ThreadPoolExecutor(max_workers=3, thread_name_prefix='pool') as ex:
    idents = list(ex.map(record, range(20)))
print(sorted(names), len(set(idents)) <= 3)

ex = ThreadPoolExecutor(max_workers=1)
print(ex.submit(sum, [1, 2, 3]).result())
ex.shutdown(wait=True)
try:
    ex.submit(sum, [1])
except RuntimeError as e:
    print('RuntimeError', e)

# callbacks run once the future is done
out = []
with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(square, 7)
    f.add_done_callback(lambda fut: out.append(fut.result()))
print(out)

# initializer runs in each worker
seen = []
def init(tag):
    seen.append(tag)
with ThreadPoolExecutor(max_workers=2, initializer=init, initargs=('init',)) as ex:
    list(ex.map(square, range(4)))
print(set(seen))
