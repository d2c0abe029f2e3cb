# A generator that yields again on close(): RuntimeError generator ignored GeneratorExit.
def g():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass
it = g()
next(it)
it.close()
