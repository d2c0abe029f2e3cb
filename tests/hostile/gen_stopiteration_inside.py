# StopIteration raised inside a generator becomes RuntimeError (PEP 479).
def g():
    yield 1
    raise StopIteration
list(g())
