def show(src):
    try:
        exec(src, {})
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
show("x: undefined_name = 1")
show("x: int = undefined_value")
show("def f(a: undefined): pass")
show("def f() -> undefined: pass")
show("class C:\n    a: undefined")
show("def f():\n    a: undefined = 1\n    return a\nf()")
show("import sys\nsys.attr: undefined")
show("d = {}\nd[undefined]: int")
ns = {}
exec("x: int = 1\ny: str", ns)
print(ns['__annotations__'])
ns2 = {'__annotations__': {'pre': 1}}
exec("z: float = 2.0", ns2)
print(sorted(ns2['__annotations__']))
