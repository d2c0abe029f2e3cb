def f(x):
    return lambda a=x, *, b=x: a + b + x
