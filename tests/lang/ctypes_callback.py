# ctypes callbacks: CFUNCTYPE closures called from C (qsort) and from Python
from ctypes import *

libc = CDLL(None)
CMP = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
calls = []
def cmp(a, b):
    calls.append(1)
    return a[0] - b[0]
arr = (c_int * 8)(5, 1, 4, 2, 8, 6, 3, 7)
cb = CMP(cmp)
libc.qsort(arr, len(arr), sizeof(c_int), cb)
print(list(arr), len(calls) > 0)

# sort doubles descending, with argtypes set
DCMP = CFUNCTYPE(c_int, POINTER(c_double), POINTER(c_double))
libc.qsort.argtypes = [c_void_p, c_size_t, c_size_t, DCMP]
libc.qsort.restype = None
d = (c_double * 5)(0.5, 2.5, -1.0, 9.0, 3.25)
libc.qsort(d, 5, sizeof(c_double), DCMP(lambda a, b: (a[0] < b[0]) - (a[0] > b[0])))
print(list(d))

# calling a callback from Python goes through C too
ADD = CFUNCTYPE(c_int, c_int, c_int)
add = ADD(lambda x, y: x + y)
print(add(2, 3), add(-5, 1))
F = CFUNCTYPE(c_double, c_double)
print(F(lambda x: x * 2.5)(4.0))
V = CFUNCTYPE(None, c_char_p)
seen = []
V(lambda s: seen.append(s))(b"bytes!")
print(seen)

# a callback returning c_char / c_short: widened for the caller
C = CFUNCTYPE(c_short, c_short)
print(C(lambda v: v - 1)(-32768))
B = CFUNCTYPE(c_bool, c_int)
print(B(lambda v: v > 2)(3), B(lambda v: v > 2)(1))

# struct passed by value to a callback
class P(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]
SP = CFUNCTYPE(c_int, P)
print(SP(lambda p: p.x * 10 + p.y)(P(3, 4)))

print(type(CMP).__name__, CMP._restype_ is c_int, CMP._argtypes_ == (POINTER(c_int),) * 2)
print(CFUNCTYPE(c_int) is CFUNCTYPE(c_int), bool(CMP()))
try:
    CFUNCTYPE(c_int, 5)
except TypeError as e:
    print("TypeError", e)
