# exec into class-like namespaces and visibility rules
g = {'v': 1}
l = {}
exec("v = v + 1\nw = v", g, l)
print(g['v'], l)
exec("def f():\n    return v\nr = f()", g, l)
print(l['r'])
src = "global gv\ngv = 'g'\nlv = 'l'"
exec(src, g, l)
print(g['gv'], l['lv'], 'gv' in l)
exec("del lv", g, l)
print('lv' in l)
def func():
    x = 1
    exec("x = 2")
    return x
print(func())
def func2():
    ns = {}
    exec("y = 3", None, ns)
    return ns
print(func2())
print(eval("v", g, {'v': 'local wins'}))
print(eval("[v for _ in range(1)]", g, {'v': 'local'}))
exec("import sys\nmodname = sys.__name__", g)
print(g['modname'])
exec("class Q:\n    a = v\nqa = Q.a", g)
print(g['qa'])
