# raise int (a class that is not an exception): TypeError.
raise int
