def show(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: eval("x = 1"))
show(lambda: eval("1 +"))
show(lambda: eval(42))
show(lambda: eval("1", []))
show(lambda: eval("1", {}, 3))
show(lambda: eval("nope"))
show(lambda: eval("nope", {}))
show(lambda: eval("abs(-1)", {'__builtins__': {}}))
show(lambda: eval("1/0"))
show(lambda: eval())
show(lambda: eval("1", globals=None))
try:
    eval("(1,\n 2 +)")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
