# `in` on deeply nested lists compares element by element, recursing in C.
def make():
    x = []
    for _ in range(200000):
        x = [x]
    return x
make() in [make()]
