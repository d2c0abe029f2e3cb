# exec(): statements in given or current namespaces
g = {}
exec("x = 1\ny = x + 1", g)
print(g['x'], g['y'], '__builtins__' in g)
l = {}
exec("a = 5\nb = a * 2", g, l)
print(sorted(l.items()), 'a' in g)
exec("z = 42")
print(z)
r = exec("1 + 1")
print(r)
exec(b"bb = 'from bytes'", g)
print(g['bb'])
code = compile("q = 7", "<test>", "exec")
exec(code, g)
print(g['q'])
def f():
    exec("inner = 3")
    return 'inner' in globals()
print(f())
ns = {'n': 10}
exec("def sq(k):\n    return k * n\nres = sq(4)", ns)
print(ns['res'])
exec("class K:\n    v = 3\nkv = K.v", ns)
print(ns['kv'])
exec("import sys as s2", ns)
print(ns['s2'].__name__)
exec("for i in range(3):\n    total = total + i if 'total' in dir() else i", ns)
print(ns['i'])
