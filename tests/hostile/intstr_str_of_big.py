# str() of an int with more than 4300 digits: ValueError (3.11 limit).
str(10 ** 5000)
