# int() of a 5000-digit string: ValueError.
int("1" * 5000)
