# An uncaught exception whose __str__ raises: CPython prints <exception str() failed>.
class E(Exception):
    def __str__(self):
        raise ValueError("bad str")
raise E()
