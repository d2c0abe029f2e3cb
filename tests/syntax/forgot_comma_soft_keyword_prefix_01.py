f(m b)
