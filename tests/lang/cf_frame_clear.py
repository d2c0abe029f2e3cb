# frame.clear(): refuses a running frame, closes a suspended generator,
# empties f_locals of a finished one (before or after they were read).
import sys

def inner(x=5, **kwargs):
    z = x + 2
    1 / 0

def outer(**kwargs):
    y = 6
    try:
        inner(**kwargs)
    except ZeroDivisionError as e:
        err = e
    return err

def frames_of(exc):
    out = []
    tb = exc.__traceback__
    while tb is not None:
        out.append(tb.tb_frame)
        tb = tb.tb_next
    return out

exc = outer(c=1)
f_outer, f_inner = frames_of(exc)
print(sorted(f_outer.f_locals), sorted(f_inner.f_locals))
print(f_inner.clear(), f_inner.f_locals, f_outer.f_locals['y'])
f_outer.clear()
print(f_outer.f_locals, exc.__traceback__.tb_frame.f_locals)
print(f_outer.f_code.co_name, f_outer.f_globals is globals(), f_outer.f_builtins is not None)

exc = outer()
f_outer, f_inner = frames_of(exc)
f_outer.clear()
f_inner.clear()
print(f_outer.f_locals, f_inner.f_locals)
f_inner.clear()

try:
    1 / 0
except ZeroDivisionError as e:
    running = e.__traceback__.tb_frame
for f in (running, sys._getframe()):
    try:
        f.clear()
    except RuntimeError as e:
        print('RuntimeError', e)

def run_it():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        sys._getframe(1).clear()
    except RuntimeError as e:
        print('RuntimeError', e)
run_it()

log = []
def g():
    try:
        yield 1
        log.append('resumed')
    finally:
        log.append('finally')

it = g()
next(it)
fr = it.gi_frame
print(fr.clear(), log, it.gi_frame, list(it))

def g2():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            f = e.__traceback__.tb_frame
            try:
                f.clear()
            except RuntimeError as err:
                log.append(str(err))
            yield f
    finally:
        log.append('g2 done')

log.clear()
it = g2()
f = next(it)
print(log)
f.clear()
print(log)

try:
    running.clear(1)
except TypeError as e:
    print('TypeError', e)
