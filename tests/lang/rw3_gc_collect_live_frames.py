# gc.collect() clears the stale registers above the live frames, but a
# callee's registers may reach past its caller's frame: a nested function
# run through a small executor (hypothesis's execute_once -> executor ->
# run) keeps its locals and closure cells across a collection.
import gc
from contextlib import contextmanager


def executor(function, data):
    return function(data)


@contextmanager
def collecting():
    gc.collect()
    yield


def execute_once(tag):
    a, b, c, d, e, f = tag, tag * 2, tag * 3, [tag], {"t": tag}, (tag,)
    filler = [a, b, c, d, e, f, a, b, c, d, e, f]

    def run(data):
        x1, x2, x3, x4 = data, data + 1, data + 2, str(data)
        with collecting():
            gc.collect()
            return a, b, c, d, e, f, x1, x2, x3, x4

    result = executor(run, 10)
    return result, len(filler)


for tag in range(3):
    print(execute_once(tag))


def deep(n, data):
    if n == 0:
        gc.collect()
        return data
    return deep(n - 1, data)


def outer():
    p, q = "p", "q"

    def inner(data):
        r = executor(lambda v: deep(3, v), data)
        return p, q, r
    return executor(inner, 7)


print(outer())
