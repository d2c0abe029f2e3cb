def f(x, y):
    return f'{x!r:>{y}} {[z for z in x]}'
