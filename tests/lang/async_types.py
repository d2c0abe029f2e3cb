# The async object types: names, isinstance, no direct construction.
async def f():
    pass

async def g():
    yield

c = f()
ag = g()
objs = [c, c.__await__(), ag, ag.asend(None), ag.athrow(ValueError), ag.aclose(),
        ag.__anext__(), anext(ag, None)]
for o in objs:
    t = type(o)
    print(t.__name__, isinstance(o, t), t is type(o))
    try:
        t()
    except TypeError as e:
        print("  ", e)

print(type(f).__name__, type(g).__name__)
print(repr(c)[:len("<coroutine object f at 0x")])
print(repr(ag)[:len("<async_generator object g at 0x")])
print(hasattr(c, "__await__"), hasattr(c, "__iter__"), hasattr(c, "__next__"))
print(hasattr(ag, "__aiter__"), hasattr(ag, "__anext__"), hasattr(ag, "__iter__"))
for name in ("send", "throw", "close"):
    print(name, callable(getattr(c, name)), callable(getattr(c.__await__(), name)))
for name in ("asend", "athrow", "aclose"):
    print(name, callable(getattr(ag, name)))
c.close()

def plain():
    yield
try:
    type(plain())()
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad(type(c)):
        pass
except TypeError as e:
    print(type(e).__name__, e)
