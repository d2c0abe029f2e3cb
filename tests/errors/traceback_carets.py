# Uncaught exception in a multi-line expression; caught ones printed (PEP 657 carets).
def a(x):
    return x + undefined_thing
def b(v):
    total = v  *  "s" if v else 0
    return total
def c(d):
    return d["key"]["inner"]
def m(o):
    return o.method_missing(1, 2)
tests = [lambda: a(1), lambda: b(1.5), lambda: c({"key": {}}), lambda: m(3),
         lambda: [1][5], lambda: int("z") + 1]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
def multi():
    return (1 +
            None)
multi()
