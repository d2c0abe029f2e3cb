def f(x,
      y=0,
      z):
    pass
