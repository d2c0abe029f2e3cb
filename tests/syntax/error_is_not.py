x = a is not not
