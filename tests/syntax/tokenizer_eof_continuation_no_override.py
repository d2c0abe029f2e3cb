def
  x = \
