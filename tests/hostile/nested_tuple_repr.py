# repr of a 200,000-deep nested tuple.
x = ()
for _ in range(200000):
    x = (x,)
repr(x)
