import sys
def f():
    fr = sys._getframe()
    print(fr.f_code.co_name, fr.f_back.f_code.co_name)
    print(sys._getframe(1).f_code.co_name)
    print(fr.f_globals is globals(), type(fr.f_builtins).__name__)
    return fr
fr = f()
print(type(fr).__name__)
def g(a, b=2):
    c = a + b
    return sys._getframe().f_locals
print(g(1))
def h():
    return sys._getframe(0).f_lineno
print(h())
top = sys._getframe()
print(top.f_code.co_name, top.f_back, top.f_locals is globals())
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)
try:
    sys._getframe('x')
except TypeError as e:
    print(e)
def depth():
    n = 0
    fr = sys._getframe()
    while fr is not None:
        n += 1
        fr = fr.f_back
    return n
def d2():
    return depth()
print(depth(), d2())
class K:
    here = sys._getframe().f_code.co_name
    ns = sys._getframe().f_locals
print(K.here, 'here' in K.ns)
def caller_name():
    return sys._getframe(1).f_code.co_name
def some_function():
    return caller_name()
print(some_function())
print(type(sys._getframe().f_lasti).__name__)
