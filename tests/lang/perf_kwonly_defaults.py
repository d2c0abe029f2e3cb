# Keyword-only defaults: read from __kwdefaults__ in order, out of order,
# replaced, deleted, partially missing; the errors for missing ones.
def f(a, *, b=1, c, d=3, e=4):
    return (a, b, c, d, e)
print(f(0, c=2), f(0, c=2, e=9), f(0, b=7, c=8, d=9, e=10), f(0, e=5, c=6))
for call in (lambda: f(0), lambda: f(0, b=1), lambda: f(0, 1, c=2)):
    try:
        print(call())
    except Exception as ex:
        print(type(ex).__name__, ex)
print(f.__kwdefaults__)
f.__kwdefaults__ = {"e": 40, "d": 30, "b": 10}
print(f(1, c=2), f(1, c=2, d=0))
f.__kwdefaults__ = {"e": 41}
try:
    print(f(1, c=2))
except Exception as ex:
    print(type(ex).__name__, ex)
f.__kwdefaults__ = {"".join(["d"]): "built", "b": "b", "e": "e"}
print(f(1, c=2))
kd = f.__kwdefaults__
del kd["b"]
kd["b"] = "again"
print(f(1, c=2))
f.__kwdefaults__ = None
try:
    print(f(1, c=2))
except Exception as ex:
    print(type(ex).__name__, ex)
def g(*args, x=1, y=2, **kw):
    return args, x, y, kw
for i in range(3):
    print(g(i), g(i, y=i), g(x=0, z=i))
class M(type):
    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        return (cls.__name__, value, names, module, qualname, type, start)
class C(metaclass=M):
    pass
print(C(1), C(2, start=5), C(3, "n", qualname="q"))
def h(*, a, b):
    return a + b
for kw in ({"a": 1, "b": 2}, {"a": 1}, {}):
    try:
        print(h(**kw))
    except Exception as ex:
        print(type(ex).__name__, ex)
lam = lambda *, k="lam": k
print(lam(), lam(k=1), lam.__kwdefaults__)
