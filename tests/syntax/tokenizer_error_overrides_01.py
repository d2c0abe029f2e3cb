a b
x = 'oops
