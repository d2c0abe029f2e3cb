CO_FUTURE_ANNOTATIONS = 0x1000000
ns = {}
exec(compile("x: List[int] = 1\ndef f(a: Foo) -> Bar: pass", "<f>", "exec", CO_FUTURE_ANNOTATIONS), ns)
print(ns['__annotations__'], ns['f'].__annotations__)
ns2 = {}
try:
    exec(compile("y: Undefined = 2", "<f>", "exec"), ns2)
except NameError as e:
    print(e)
ns3 = {}
exec(compile("from __future__ import annotations\nz: Later = 3", "<f>", "exec"), ns3)
print(ns3['__annotations__'], ns3['z'])
try:
    compile("from __future__ import braces", "<f>", "exec")
except SyntaxError as e:
    print(e.msg)
try:
    compile("from __future__ import nonexistent", "<f>", "exec")
except SyntaxError as e:
    print(e.msg)
