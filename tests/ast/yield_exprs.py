# yield and yield from in statement and expression position.
def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    x = yield 1
    y = yield from other()
    yield from range(3)
    await_ = (yield)
    f((yield x))
    z = [(yield)]
    return (yield from g())
