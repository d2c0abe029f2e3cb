# == between two deeply nested dicts.
# krait-test: no-stress -- deep C recursion: each collection scans the whole stack.
def make():
    x = {}
    for _ in range(200000):
        x = {1: x}
    return x
make() == make()
