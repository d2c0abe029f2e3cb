if x:
    print x, y
