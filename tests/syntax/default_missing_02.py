def f(a, b=, c=3):
    pass
