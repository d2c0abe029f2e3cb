# PEP 479: StopIteration escaping a generator becomes RuntimeError (chained report).
def leaky():
    yield 1
    raise StopIteration("leak")
for x in leaky():
    pass
