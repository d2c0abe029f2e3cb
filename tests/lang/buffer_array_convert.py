# array item conversion per typecode: ranges and CPython's exact messages
import array

def err(f, *a):
    try:
        r = f(*a)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

class Idx:
    def __index__(self):
        return 7

class Flt:
    def __float__(self):
        return 2.5

for tc in "bBhHiIlLqQ":
    a = array.array(tc, [1])
    for v in (2**64, -2**64, 2**63, -2**63 - 1, 2**32, -1, 256, -129, 65536, -32769,
              2**31, -2**31 - 1, 1.5, "x", None, True, Idx()):
        print(tc, v if not isinstance(v, Idx) else "Idx", end=" ")
        err(a.__setitem__, 0, v)
    print(a)
for tc in "fd":
    a = array.array(tc, [1])
    for v in (1e300, "x", None, 2**2000, 3, Flt(), Idx(), True):
        print(tc, type(v).__name__, end=" ")
        err(a.__setitem__, 0, v)
        print(a[0])
a = array.array("u", "ab")
for v in ("xy", 1, b"x", "\xe9", "\U0001f600", ""):
    err(a.__setitem__, 0, v)
print(a, a.tounicode())
print(array.array("f", [0.1])[0], array.array("d", [0.1])[0])
print(array.array("Q", [2**64 - 1]), array.array("q", [-2**63]))
print(array.array("L", [2**64 - 1])[0], array.array("I", [2**32 - 1])[0])
print(array.array("B", [True, False, Idx()]))
