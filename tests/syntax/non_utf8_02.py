# ok
# café in latin-1
x = 1
