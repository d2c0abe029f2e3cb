f(a, None=2)
