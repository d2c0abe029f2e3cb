# A generator that calls next() on itself: ValueError generator already executing.
def g():
    yield next(it)
it = g()
next(it)
