# == between two 200,000-deep nested lists recurses in C.
# krait-test: no-stress -- deep C recursion: each collection scans the whole stack.
def make():
    x = []
    for _ in range(200000):
        x = [x]
    return x
make() == make()
