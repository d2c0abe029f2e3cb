# Generators: each resume is a 'call', each yield a 'return' with the
# value; yield from nests; the final return carries None.
import sys

events = []

def tracer(frame, event, arg):
    co = frame.f_code
    events.append((event, co.co_name, frame.f_lineno - co.co_firstlineno,
                   arg if event == 'return' else None))
    return tracer

def g():
    yield 1
    x = 2
    yield x

def outer():
    yield from g()
    yield 3

def gen_return():
    yield 'a'
    return 'done'

sys.settrace(tracer)
print(list(g()))
print(list(outer()))
it = gen_return()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('stop', e.value)
print(sum(i for i in range(3)))
sys.settrace(None)
for e in events:
    print(*e)
