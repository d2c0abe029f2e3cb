import builtins
print(eval("len([1, 2])", {'__builtins__': builtins}))
print(eval("len([1, 2, 3])", {'__builtins__': builtins.__dict__}))
print(eval("max(3, 4)", {'__builtins__': {'max': min}}))
try:
    eval("len([])", {'__builtins__': {}})
except NameError as e:
    print(e)
g = {}
exec("r = abs(-5)", g)
print(g['r'], type(g['__builtins__']).__name__)
g2 = {'__builtins__': {'print': lambda *a: None, 'abs': abs}}
exec("res = abs(-2)", g2)
print(g2['res'])
def f():
    return eval("x", {'x': 'global x'})
print(f())
