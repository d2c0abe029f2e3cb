x f(1 if x)
