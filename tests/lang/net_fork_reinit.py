# _at_fork_reinit on locks (what concurrent.futures.thread registers at import)
import _thread, threading
import concurrent.futures as cf
print(cf.ThreadPoolExecutor.__name__)
l = threading.Lock()
l.acquire()
print(l.locked(), l._at_fork_reinit(), l.locked())
print(l.acquire(False))
r = threading.RLock()
r.acquire(); r.acquire()
print(r._is_owned())
r._at_fork_reinit()
print(r._is_owned(), r.acquire(False))
r.release()
try:
    r.release()
except RuntimeError as e:
    print(e)
try:
    l._at_fork_reinit(1)
except TypeError as e:
    print(type(e).__name__)
