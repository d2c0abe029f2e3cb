# repr of a 200,000-deep nested dict.
x = {}
for _ in range(200000):
    x = {1: x}
repr(x)
