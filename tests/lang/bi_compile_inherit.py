from __future__ import annotations
def f(a: Foo) -> Bar: pass
print(f.__annotations__)
print(bool(f.__code__.co_flags & 0x1000000))
ns = {}
exec("x: Undefined = 1", ns)
print(ns['__annotations__'])
ns2 = {}
exec(compile("y: AlsoUndefined = 2", "<c>", "exec"), ns2)
print(ns2['__annotations__'])
ns3 = {}
try:
    exec(compile("z: NotDefined = 3", "<c>", "exec", dont_inherit=True), ns3)
except NameError as e:
    print(e)
g = eval("lambda q: q")
print(g.__annotations__, bool(g.__code__.co_flags & 0x1000000))
