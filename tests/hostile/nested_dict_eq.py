# == between two deeply nested dicts.
def make():
    x = {}
    for _ in range(200000):
        x = {1: x}
    return x
make() == make()
