# sys.settrace: call/line/return events of plain functions, loops,
# comprehensions and one-line functions, with lines relative to the def.
import sys

events = []

def tracer(frame, event, arg):
    co = frame.f_code
    rel = frame.f_lineno - co.co_firstlineno
    events.append((event, co.co_name, rel, arg if event == 'return' else None))
    return tracer

def one(): return 1

def loops(n):
    x = 0
    for i in range(n):
        x += i
    while n:
        n -= 1
    return x

def nested(a):
    b = one()
    c = [a * i for i in
         range(2)]
    return b, c

def cond(v):
    if v > 1:
        r = 'big'
    elif v:
        r = 'one'
    else:
        r = 'zero'
    return r

def multi(a,
          b):
    return a + b

sys.settrace(tracer)
one()
loops(2)
nested(3)
for v in (0, 1, 2):
    cond(v)
multi(1, 2)
sys.settrace(None)
for e in events:
    print(*e)
print(sys.gettrace())
