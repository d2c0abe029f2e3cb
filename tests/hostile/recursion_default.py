# Unbounded Python recursion at the default limit: RecursionError, not a crash.
def f(n):
    return f(n + 1)
f(0)
