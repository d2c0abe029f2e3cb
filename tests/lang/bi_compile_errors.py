def show(f):
    try:
        r = f()
        print('ok', type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: compile("x", "f", "bogus"))
show(lambda: compile("x", "f"))
show(lambda: compile("x", "f", "exec", 0x10000000))
show(lambda: compile("x", "f", "exec", 0, False, 5))
show(lambda: compile(1, "f", "exec"))
show(lambda: compile("x", 1, "exec"))
show(lambda: compile("x", "f", 1))
show(lambda: compile("a\0b", "f", "exec"))
show(lambda: compile("x y", "f", "eval"))
show(lambda: compile("x = 1\ny = 2", "f", "single"))
try:
    compile("def f(:\n pass", "prog.py", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset)
try:
    compile("  x = 1", "ind.py", "exec")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    compile("return 1", "ret.py", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno)
