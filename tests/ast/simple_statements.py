# Simple statements: pass, del, assert, return, raise, expression statements.
pass
del x
del x, y
del (x, y), [z]
del a.b, a[0], a[1:2]
assert x
assert x, "message"
raise
raise E
raise E("msg")
raise E from None
raise E from cause
def f():
    return
def g():
    return 1
def h():
    return 1, 2
x; y; z
x = 1; y = 2;
...
