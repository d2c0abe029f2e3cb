def f():
    x += 1
    del y
    z.attr += 2
    w[0] -= 3
