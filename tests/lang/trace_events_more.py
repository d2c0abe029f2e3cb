# More statement shapes under sys.settrace: closures (cell prologue),
# decorators, class bodies, with, lambdas, recursion, break/continue in
# try/finally, while/else, match, assert, del, global.
import sys

events = []

def tracer(frame, event, arg):
    co = frame.f_code
    if co.co_filename != __file__:
        return None
    if event == 'exception':
        arg = arg[0].__name__
    elif event != 'return':
        arg = None
    elif not isinstance(arg, (int, str, list, type(None))):
        arg = type(arg).__name__
    events.append((event, co.co_name, frame.f_lineno - co.co_firstlineno, arg))
    return tracer

def outer(n):
    total = n
    def inner(k):
        return total + k
    return inner(1)

def deco(f):
    return f

@deco
def decorated():
    return 'd'

class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

def with_stmt():
    with Ctx() as c:
        x = 1
    return x

def rec(n):
    if n <= 0:
        return 0
    return n + rec(n - 1)

def loops():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append('f')
    n = 2
    while n:
        n -= 1
    else:
        out.append('else')
    return out

def matcher(v):
    match v:
        case [a, b]:
            return a + b
        case {'k': k}:
            return k
        case _:
            return None

def misc():
    global G
    G = 1
    assert G
    del G
    f = lambda y: y * 2
    return f(3)

sys.settrace(tracer)
outer(2)
decorated()
class Body:
    a = 1
    def m(self):
        return self.a
Body().m()
with_stmt()
rec(2)
loops()
matcher([1, 2])
matcher({'k': 5})
matcher(7)
misc()
sys.settrace(None)
for e in events:
    print(*e)
