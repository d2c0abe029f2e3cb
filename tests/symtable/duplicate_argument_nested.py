def f():
    def g(q, q): pass
