# sys.setprofile: call/return for Python functions, c_call/c_return/
# c_exception for builtins; not line events; the profiler's own call of
# setprofile(None) is seen as c_call only.
import sys

events = []

def prof(frame, event, arg):
    name = frame.f_code.co_name
    if event.startswith('c_'):
        arg = arg.__name__
    elif event == 'return':
        arg = repr(arg)
    else:
        arg = None
    events.append((event, name, arg))

def square(x):
    return x * x

def work():
    data = [3, 1, 2]
    data.sort()
    n = len(data)
    total = sum(map(square, data))
    try:
        int('x')
    except ValueError:
        pass
    d = {}
    d.setdefault('k', []).append(n)
    return total, sorted(data, key=square), d

sys.setprofile(prof)
print(work())
sys.setprofile(None)
for e in events:
    print(*e)
print(sys.getprofile())
