# Tracing code run by exec and eval: module-level 'call' at line 0, class
# bodies, a loop whose body is `pass`, the implicit return at the end,
# multi-line statements.
import sys

ev = []

def tr(frame, event, arg):
    ev.append((event, frame.f_code.co_name, frame.f_lineno))
    return tr

src = ("a = 1\nif a:\n    b = 2\nclass K:\n    x = 1\n    def m(self): pass\n"
       "for i in range(2):\n    pass\n")
code = compile(src, 'mod', 'exec')
sys.settrace(tr)
exec(code, {})
d = {}
exec("x = [1,\n 2]\ny = x", d)
eval("(1 +\n 2)")
exec("while d:\n    d.popitem()\nelse:\n    z = 0", {'d': {1: 2, 3: 4}})
sys.settrace(None)
for e in ev:
    print(*e)
