@dec(lambda: 0)
def f(a=lambda: 1, *, b=lambda: 2) -> (lambda: 3):
    return lambda: 4
