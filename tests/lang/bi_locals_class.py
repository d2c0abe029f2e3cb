class C:
    a = 1
    locals()['b'] = 2
    c = a + 1
    snap = dict(locals())
print(C.b, C.c, sorted(k for k in C.snap if not k.startswith('__')))
print(C.snap['__module__'], C.snap['__qualname__'])
class D:
    exec("injected = 42")
print(D.injected)
class E:
    x = 5
    y = eval("x * 2")
print(E.y)
def f():
    class Inner:
        v = 1
        names = sorted(n for n in locals() if not n.startswith('__'))
    return Inner.names, Inner.__qualname__
print(f())
