def g():
    yield
def h():
    x = yield from g()
    return x
l = lambda: (yield)
