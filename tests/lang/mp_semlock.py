# multiprocessing over _multiprocessing.SemLock: queues, locks, pools,
# semaphores, events and a process pool, with fork and spawn.
import multiprocessing as mp
def sq(x):
    return x * x
def worker(q, lock, counter):
    with lock:
        pass
    q.put("done")
if __name__ == "__main__":
    q = mp.Queue(); lock = mp.Lock(); counter = None
    ps = [mp.Process(target=worker, args=(q, lock, counter)) for _ in range(3)]
    for p in ps: p.start()
    print([q.get(timeout=10) for _ in ps])
    for p in ps: p.join()
    with mp.Pool(2) as pool:
        print(pool.map(sq, range(10)))
    s = mp.Semaphore(2); print(s.acquire(), s.acquire(), s.acquire(False)); s.release(); s.release()
    b = mp.BoundedSemaphore(1); b.acquire(); b.release()
    try: b.release()
    except ValueError as e: print("ValueError", e)
    r = mp.RLock(); r.acquire(); r.acquire(); r.release(); r.release()
    try: r.release()
    except AssertionError as e: print("AssertionError", e)
    e = mp.Event(); print(e.is_set()); e.set(); print(e.wait(1))
    from concurrent.futures import ProcessPoolExecutor
    with ProcessPoolExecutor(2) as ex:
        print(list(ex.map(sq, [1, 2, 3])))
    for method in ("spawn",):
        ctx = mp.get_context(method)
        with ctx.Pool(2) as pool:
            print(method, pool.map(sq, range(5)))
    from multiprocessing import synchronize
    import _multiprocessing
    print(_multiprocessing.SemLock.SEM_VALUE_MAX > 0, sorted(_multiprocessing.flags))
    try:
        _multiprocessing.SemLock(7, 1, 1, "/x", True)
    except Exception as e:
        print(type(e).__name__, e)
