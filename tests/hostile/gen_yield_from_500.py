# A 500-deep yield-from chain works at the default limit.
def g(n):
    if n:
        yield from g(n - 1)
    else:
        yield n
        yield n
assert list(g(500)) == [0, 0]
