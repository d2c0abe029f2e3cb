f(match b)
