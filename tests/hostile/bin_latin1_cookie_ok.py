# coding: latin-1
x = 'é'
assert x == '\u00e9'
raise ValueError(len(x))
