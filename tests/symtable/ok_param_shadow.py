def f(x):
    def x(): pass
    class x: pass
    return [x for x in x]
