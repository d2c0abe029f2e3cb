# An uncaught exception whose __str__ returns a non-string.
class E(Exception):
    def __str__(self):
        return 42
raise E()
