def f(a: (lambda: 1), /, b: (lambda: 2), *c: (lambda: 3), d: (lambda: 4), **e: (lambda: 5)) -> (lambda: 6): pass
