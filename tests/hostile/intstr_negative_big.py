# The digit limit applies to negative ints too.
str(-10 ** 4400)
