import sys
def gen(n):
    for i in range(n):
        yield i
def chain(it):
    for x in it:
        yield x * 2
print(list(chain(gen(5))))
s = 0
for x in chain(gen(10)):
    s += x
print(s)
def bad():
    yield 1
    raise StopIteration
try:
    for x in bad():
        print(x)
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def exc_in():
    try:
        raise KeyError(1)
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
try:
    raise ValueError
except ValueError:
    for v in exc_in():
        print(v, sys.exc_info()[0].__name__)
def sub():
    yield 1
    yield 2
    return 3
def deleg():
    r = yield from sub()
    yield r
print([x for x in deleg()])
for x in deleg():
    print(x)
g = gen(3)
for x in g:
    print(x, g.gi_running, g.gi_frame.f_back is not None)
    if x == 1: break
print(next(g), list(g))
def reent():
    for x in g2:
        yield x
g2 = reent()
try:
    for x in g2: pass
except ValueError as e:
    print(e)
def r(n):
    if n: 
        for x in r(n-1): yield x
    else:
        yield 0
try:
    for x in r(5000): pass
except RecursionError as e:
    print("rec", e)
import traceback
def boom():
    yield 1
    1/0
try:
    for x in boom(): pass
except ZeroDivisionError:
    print(traceback.format_exc().count("line"))
