def top(a):
    b = a
    return b
