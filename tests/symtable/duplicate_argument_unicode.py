def f(a, é=1, é2=2, é2=3): pass
