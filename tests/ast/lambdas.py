# Lambdas with every kind of parameter.
lambda: 0
lambda x: x
lambda x, y: x + y
lambda x=1: x
lambda *args: args
lambda **kw: kw
lambda *, k: k
lambda *, k=1: k
lambda a, /, b: a
lambda a=1, /, b=2, *c, d, e=3, **f: 0
lambda a, /: a
lambda a, b=2, /, c=3: 0
lambda *a, b, **c: 0
lambda x: (lambda y: x + y)
f(lambda: 1, key=lambda k: -k)
