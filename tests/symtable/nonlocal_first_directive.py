def f():
    x = 1
    def g():
        global y
        global x
        nonlocal x
