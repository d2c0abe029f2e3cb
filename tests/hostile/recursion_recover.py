# After a RecursionError is caught, the interpreter recovers and can recurse again.
def f(n):
    return f(n + 1)
for _ in range(3):
    try:
        f(0)
    except RecursionError:
        pass
def g(n):
    return 0 if n == 0 else 1 + g(n - 1)
assert g(500) == 500
raise KeyError("done")
