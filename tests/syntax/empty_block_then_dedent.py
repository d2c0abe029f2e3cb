def f():
    while x:
    return
