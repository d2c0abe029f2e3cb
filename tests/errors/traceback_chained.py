# Chained exceptions: raise ... from e prints both tracebacks.
def f():
    try:
        g()
    except KeyError as e:
        raise ValueError("wrapped") from e
def g():
    h()
def h():
    raise KeyError("deep")
f()
