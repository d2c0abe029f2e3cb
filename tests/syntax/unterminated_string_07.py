f(a, rb"xyz)
