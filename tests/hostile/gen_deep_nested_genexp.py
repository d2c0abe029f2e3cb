# A tower of 5,000 nested generator expressions, pulled from the top: RecursionError
# (CPython 3.11 itself overflows the C stack at 100,000).
it = iter(range(3))
for _ in range(5000):
    it = (x for x in it)
list(it)
