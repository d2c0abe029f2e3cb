# An exception thrown into a delegating generator: traceback through both frames.
def inner():
    yield 1
def outer():
    x = 1
    yield from inner()
g = outer()
next(g)
g.throw(ValueError("v"))
