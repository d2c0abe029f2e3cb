x = 1
print(globals()['x'], globals() is globals())
globals()['y'] = 2
print(y)
def f(a, b=2):
    c = a + b
    return locals()
print(f(1))
def g():
    v = 1
    def h():
        return v
    w = 5
    return sorted(locals())
print(g())
def k():
    def inner():
        return q
    q = 9
    return sorted(locals().items(), key=lambda t: t[0])[1]
print(k())
class C:
    p = 1
    names = sorted(n for n in locals() if not n.startswith('__'))
print(C.names)
print(locals() is globals())
def unbound():
    if False:
        z = 1
    return locals()
print(unbound())
def outer():
    a = 1
    def inner():
        b = a
        return locals()
    return inner()
print(outer())
