def f():
    x = 0
    def g():
        nonlocal x
        x += 1
        def h():
            nonlocal x
            return x
    return g
