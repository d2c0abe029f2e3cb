def show(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: exec("x = ", {}))
show(lambda: exec(123))
show(lambda: exec("x=1", []))
show(lambda: exec("x=1", {}, 5))
show(lambda: exec())
show(lambda: exec("raise ValueError('boom')", {}))
show(lambda: exec("y = undefined_name", {}))
show(lambda: exec("1/0"))
def outer():
    v = 1
    def inner():
        return v
    return inner
show(lambda: exec(outer().__code__))
show(lambda: exec("a\0b"))
show(lambda: exec("x = 1", {}, {}, {}))
try:
    exec("def f(:\n  pass")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno)
