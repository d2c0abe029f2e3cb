def f(a, *args, **kw):
    def g():
        return a, args, kw
    return g
