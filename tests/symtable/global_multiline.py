def f(a):
    global b, \
        a
