# global and nonlocal declarations.
global a
global a, b, c

def f():
    global x
    x = 1
    def g():
        nonlocal_ = 2
    def h():
        pass

def outer():
    y = 1
    def inner():
        nonlocal y
        y = 2
    def inner2():
        nonlocal y, z
    z = 0
