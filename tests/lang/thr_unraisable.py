# What escapes a _thread.start_new_thread callable goes to
# sys.unraisablehook with CPython's err_msg and object.
import _thread
import sys
import threading

seen = []
done = threading.Event()


def hook(u):
    seen.append((u.exc_type.__name__, str(u.exc_value), u.err_msg, u.object is task))
    done.set()


def task():
    raise ValueError("task failed")


sys.unraisablehook = hook
_thread.start_new_thread(task, ())
done.wait(10)
print(seen)


def quiet():
    raise SystemExit(3)


lock = _thread.allocate_lock()
lock.acquire()


def then_release():
    try:
        quiet()
    finally:
        lock.release()


_thread.start_new_thread(then_release, ())
lock.acquire()
print("SystemExit is silent:", len(seen))

# the default hook prints to stderr: the last line is the exception
sys.unraisablehook = sys.__unraisablehook__
ev = threading.Event()


def noisy():
    try:
        raise KeyError("k")
    finally:
        ev.set()


_thread.start_new_thread(noisy, ())
ev.wait()
import time
time.sleep(0.5)
print("end")
