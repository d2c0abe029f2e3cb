# f_lineno assignment from a 'line' event: forward and backward jumps,
# and CPython's errors for the illegal ones.
import sys

def make_jumper(fname, src_rel, dst_rel, once=True):
    state = {'done': False}
    def tracer(frame, event, arg):
        if frame.f_code.co_name != fname:
            return None
        first = frame.f_code.co_firstlineno
        if event == 'line' and frame.f_lineno - first == src_rel and not state['done']:
            state['done'] = once
            try:
                frame.f_lineno = first + dst_rel
            except Exception as e:
                print('jump error:', type(e).__name__, e)
        return tracer
    return tracer

def skip_forward():
    out = []
    out.append(1)
    out.append(2)
    out.append(3)
    return out

def go_back():
    out = []
    out.append('a')
    out.append('b')
    return out

def into_loop():
    out = []
    out.append(0)
    for i in range(2):
        out.append(i)
    return out

def run(fn, src, dst):
    sys.settrace(make_jumper(fn.__name__, src, dst))
    try:
        r = fn()
    finally:
        sys.settrace(None)
    print(fn.__name__, src, '->', dst, r)

run(skip_forward, 2, 4)
run(go_back, 3, 2)
run(into_loop, 2, 4)
run(skip_forward, 2, 100)
run(skip_forward, 2, -5)

def outside():
    f = sys._getframe()
    try:
        f.f_lineno = 1
    except ValueError as e:
        print('ValueError', e)
outside()

def bad_type(frame, event, arg):
    if event == 'line':
        try:
            frame.f_lineno = 'x'
        except ValueError as e:
            print('ValueError', e)
        return None
    return bad_type
sys.settrace(bad_type)
skip_forward()
sys.settrace(None)

def on_call(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'go_back':
        try:
            frame.f_lineno = frame.f_code.co_firstlineno + 2
        except ValueError as e:
            print('ValueError', e)
    return None
sys.settrace(on_call)
go_back()
sys.settrace(None)
