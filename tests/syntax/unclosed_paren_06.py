if True:
    x = max(a,
            b
