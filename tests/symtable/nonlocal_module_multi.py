x = y = 1
nonlocal y, \
    x
