# `in` on deeply nested lists compares element by element, recursing in C.
# krait-test: no-stress -- deep C recursion: each collection scans the whole stack.
def make():
    x = []
    for _ in range(200000):
        x = [x]
    return x
make() in [make()]
