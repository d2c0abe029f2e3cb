# Carets under a call in the caller and a binary operation in the callee.
def f(a, b):
    return a / b
r = f(1, 2) + f(3, 0)
