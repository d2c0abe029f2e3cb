# An uncaught exception with a 500-long __context__ chain: traceback printing must cope.
def nest(n):
    if n == 0:
        raise ValueError("bottom")
    try:
        nest(n - 1)
    except ValueError as e:
        raise ValueError(str(n)) from e
nest(500)
