# 'exception' events carry (type, value, traceback) in every frame the
# exception passes through; a frame left by an exception returns None.
import sys

events = []

def tracer(frame, event, arg):
    co = frame.f_code
    if event == 'exception':
        t, v, tb = arg
        arg = (t.__name__, str(v), type(tb).__name__)
    elif event != 'return':
        arg = None
    events.append((event, co.co_name, frame.f_lineno - co.co_firstlineno, arg))
    return tracer

def inner(x):
    if x:
        raise ValueError('bad %d' % x)
    return x

def middle(x):
    return inner(x) + 1

def catcher():
    for x in (0, 1):
        try:
            middle(x)
        except ValueError as e:
            r = str(e)
    return r

def finally_(n):
    try:
        return 10 // n
    finally:
        n = -1

sys.settrace(tracer)
print(catcher())
print(finally_(2))
try:
    finally_(0)
except ZeroDivisionError:
    print('zde')
sys.settrace(None)
for e in events:
    print(*e)
