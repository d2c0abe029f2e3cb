def f():
    nonlocal x
def g(b, b): pass
