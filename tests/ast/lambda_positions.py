# Lambda parameter and default positions across lines.
f = lambda a, b=1, *c, d=2, **e: (
    a + b
)
g = lambda \
    x: x
h = (lambda
     y,
     z: y)
