f(mx b)
