# A run of one traceback line prints three times, then "[Previous line
# repeated N more times]" (here in both parts of a chained traceback).
def f(n):
    if n:
        return f(n - 1)
    raise ValueError("bottom")

def g(k):
    if k:
        return g(k - 1)
    try:
        f(6)
    except ValueError as e:
        raise KeyError("again") from e

g(4)
