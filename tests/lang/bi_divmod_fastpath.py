vals = (-7, 7, 0, -1, 1, 2**47 - 1, -2**47, 2**70, -(2**70))
divs = (3, -3, 1, -1, 2**40, 7.5, -0.5)
for a in vals:
    print([divmod(a, b) for b in divs])
for a, b in [(1, 0), (2**70, 0), (1.5, 0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
class N:
    def __divmod__(self, o): return ("N", o)
    def __rdivmod__(self, o): return ("rN", o)
print(divmod(N(), 3), divmod(3, N()))
try:
    divmod("a", 2)
except TypeError as e:
    print(e)
