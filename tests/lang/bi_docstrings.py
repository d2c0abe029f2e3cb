"""Module docstring."""
print(__doc__)
def f():
    "function doc"
    return 1
print(f.__doc__)
def g():
    return "not a doc"
print(g.__doc__)
def h():
    x = 1
    "too late"
print(h.__doc__)
class C:
    """Class doc."""
    def m(self):
        """Method doc."""
print(C.__doc__, C.m.__doc__)
class D:
    x = 1
print(D.__doc__)
f.__doc__ = "changed"
print(f.__doc__)
print((lambda: 1).__doc__)
def multi():
    """Line one.

    Line two.
    """
print(repr(multi.__doc__))
def fstr():
    f"not {1} doc"
print(fstr.__doc__)
