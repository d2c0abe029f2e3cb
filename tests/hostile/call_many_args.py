# A call with 100,000 positional arguments via *.
def f(*a):
    return len(a)
assert f(*range(100000)) == 100000
raise ValueError(f(*range(100000)))
