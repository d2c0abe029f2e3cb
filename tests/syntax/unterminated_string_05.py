x = 1

b = b'abc
