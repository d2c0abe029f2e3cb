# close() on a generator that yields from its GeneratorExit handler.
def g():
    try:
        yield 1
    except GeneratorExit:
        yield 2
x = g()
next(x)
x.close()
