f(x for x in y,
  x for x in z)
