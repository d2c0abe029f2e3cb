# hash of a 5,000-deep nested tuple works (CPython 3.11 overflows its C stack
# at 200,000 deep, so that case has no reference behaviour to test).
x = ()
for _ in range(5000):
    x = (x,)
hash(x)
raise OverflowError(str(hash(x) == hash(x)))
