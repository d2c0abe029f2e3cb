# repr of a 200,000-deep nested list: RecursionError (CPython) not a C stack overflow.
x = []
for _ in range(200000):
    x = [x]
repr(x)
