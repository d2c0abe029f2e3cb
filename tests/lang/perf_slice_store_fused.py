# l[a:b:c] = m with small-int or None bounds (stored without a slice
# object) and the shapes that take the ordinary path.
import sys
def fresh():
    return list(range(10))

cases = [(None, None, None), (0, 3, None), (2, None, None), (None, -2, None),
         (5, 2, None), (-3, None, None), (20, 30, None), (-20, 2, None),
         (None, None, 2), (1, None, 3), (None, None, -1), (8, 2, -2), (None, None, -3)]
for a, b, c in cases:
    l = fresh()
    n = len(l[a:b:c])
    try:
        l[a:b:c] = list(range(100, 100 + n))
        print(a, b, c, l)
    except Exception as e:
        print(a, b, c, type(e).__name__, e)
    l = fresh()
    try:
        l[a:b:c] = [7, 8]
        print(a, b, c, l)
    except Exception as e:
        print(a, b, c, type(e).__name__, e)
# fannkuch's flip: the source is a slice of the target
perm = [3, 1, 4, 0, 2]
k = perm[0]
while k:
    perm[:k + 1] = perm[k::-1]
    k = perm[0]
print(perm)
l = fresh()
l[2:5] = l
print(l)
l = fresh()
l[::2] = l[1::2]
print(l)
l = fresh()
l[1:9] = []
print(l)
# other values and targets keep their paths
l = fresh()
l[2:4] = (1, 2, 3)
l[0:1] = "ab"
l[-1:] = range(3)
print(l)
try:
    l[0:2] = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::0] = []
except Exception as e:
    print(type(e).__name__, e)
try:
    l["a":] = []
except Exception as e:
    print(type(e).__name__, e)
l[1:2**70] = [0]
print(l)
class L(list):
    def __setitem__(self, k, v):
        print("L.setitem", k, v)
        list.__setitem__(self, k, v)
m = L([1, 2, 3])
m[1:] = [9]
print(m)
t = (1, 2, 3)
try:
    t[0:1] = [5]
except Exception as e:
    print(type(e).__name__, e)
d = {}
try:
    d[1:2] = [3]
except Exception as e:
    print(type(e).__name__, e)
ba = bytearray(b"hello")
ba[1:3] = b"EY"
print(ba)
del l[1:3]
print(l)
def f(x):
    x[:2] = [1, 2, 3]
    x[::-1] = x[:]
    return x
print(f([0, 0, 0, 0]))
def g():
    x = [1, 2, 3]
    x[::2] = [1, 2, 3]
g()
