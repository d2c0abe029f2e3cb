def f():
    a = 1
    d = locals()
    b = 2
    print(sorted(d))
    locals()
    print(sorted(d))
    print(d is locals())
    exec("newvar = 5")
    print(locals()['newvar'])
    exec("a = 100")
    print(a, locals()['a'])
f()
def g(x):
    return locals()
p = g(1)
q = g(2)
print(p, q, p is q)
import sys
def h():
    fr = sys._getframe()
    v = 1
    return fr.f_locals is locals()
print(h())
def gen():
    x = 1
    yield locals()
    y = 2
    yield locals()
it = gen()
first = next(it)
second = next(it)
print(sorted(first), sorted(second))
