def f():
    return = 3