a x f(y for y in z, 1)
