# == between two deeply nested tuples.
def make():
    x = ()
    for _ in range(200000):
        x = (x,)
    return x
make() == make()
