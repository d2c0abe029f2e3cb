del (a if True else b)
