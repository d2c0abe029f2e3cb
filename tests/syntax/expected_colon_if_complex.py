if (a and
    b) or c
    pass
