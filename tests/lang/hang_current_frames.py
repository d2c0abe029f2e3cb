# sys._current_frames() and sys._current_exceptions() map thread ids to
# what each thread runs; the frame of the calling thread is sys._getframe()
# itself, and another thread's traceback frame has its callers (f_back).
import sys
import threading
import traceback

print(sys._getframe() is sys._getframe())
def outer():
    return inner()
def inner():
    f = sys._getframe()
    return f is sys._getframe(), f.f_back is sys._getframe(1), f.f_back.f_code.co_name
print(outer())

entered = threading.Event()
leave = threading.Event()
info = []

def f123():
    g456()

def g456():
    info.append(threading.get_ident())
    entered.set()
    while True:
        try:
            raise ValueError("oops")
        except ValueError:
            if leave.wait(timeout=60):
                break

t = threading.Thread(target=f123)
t.start()
entered.wait()
try:
    tid = info[0]
    main = threading.get_ident()
    d = sys._current_frames()
    print(all(type(k) is int and k > 0 for k in d))
    print(main in d, tid in d)
    print(d.pop(main) is sys._getframe())
    names = [s.name for s in traceback.extract_stack(d.pop(tid))]
    i = names.index('f123')
    print(names[i:i + 2])

    e = sys._current_exceptions()
    print(e.pop(main))
    etype, value, tb = e.pop(tid)
    print(etype.__name__, value)
    stack = traceback.extract_stack(tb.tb_frame)
    names = [s.name for s in stack]
    i = names.index('f123')
    print(names[i:i + 2], stack[i].line, stack[i + 1].line)
finally:
    leave.set()
    t.join()
print(t.is_alive())
print(threading.get_ident() in sys._current_frames())
