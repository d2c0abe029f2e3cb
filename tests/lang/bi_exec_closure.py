def outer():
    x = 10
    def inner():
        return x
    return inner
inner = outer()
code = inner.__code__
ns = {}
print(exec(code, ns, closure=inner.__closure__))
def show(f):
    try:
        f()
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: exec(code, {}))
show(lambda: exec(code, {}, closure=()))
show(lambda: exec(code, {}, closure=(1,)))
show(lambda: exec(code, {}, closure=[1]))
show(lambda: exec("x = 1", {}, closure=inner.__closure__))
show(lambda: exec(compile("y = 2", "<c>", "exec"), {}, closure=None))
def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        print('bumped to', n)
    return bump
b = counter()
exec(b.__code__, {}, closure=b.__closure__)
b()
print(b.__closure__[0].cell_contents)
try:
    exec("1", foo=1)
except TypeError as e:
    print(e)
try:
    eval("1", closure=None)
except TypeError as e:
    print(e)
try:
    exec("1", closure=None, foo=2)
except TypeError as e:
    print(e)
