# ctypes function pointers: prototypes, restypes (struct by value), errcheck, errors
import ctypes
from ctypes import *

libc = CDLL(None)

class div_t(Structure):
    _fields_ = [("quot", c_int), ("rem", c_int)]
class ldiv_t(Structure):
    _fields_ = [("quot", c_long), ("rem", c_long)]
libc.div.restype = div_t
libc.div.argtypes = [c_int, c_int]
r = libc.div(17, 5)
print(type(r).__name__, r.quot, r.rem)
libc.ldiv.restype = ldiv_t
r = libc.ldiv(c_long(-2**40), c_long(7))
print(r.quot, r.rem)

# prototypes made from an address
addr = cast(libc.abs, c_void_p).value
proto = CFUNCTYPE(c_int, c_int)
f = proto(addr)
print(f(-12), f.argtypes == (c_int,), f.restype is c_int)
f2 = proto(("labs", libc))
print(f2(-5))

# restype variants
libc.getenv.restype = c_char_p
print(libc.getenv(b"KRAIT_CTYPES_UNSET_VARIABLE"))
libc.strdup.restype = POINTER(c_char)
p = libc.strdup(b"xyz")
print(p[0], p[:3], bool(p))
libc.free.argtypes = [c_void_p]
libc.free.restype = None
print(libc.free(p))
libc.abs.restype = lambda v: ("int", v)
print(libc.abs(-9))

class Checked(c_int):
    @staticmethod
    def _check_retval_(v):
        return "checked %d" % v.value
libc.labs.restype = Checked
print(libc.labs(-4))

# errcheck chains the result
def errcheck(result, func, args):
    if result < 0:
        raise OSError("negative")
    return result * 2
libc.atoi.errcheck = errcheck
libc.atoi.argtypes = [c_char_p]
print(libc.atoi(b"21"))
try:
    libc.atoi(b"-1")
except OSError as e:
    print("OSError", e)

def err(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: setattr(libc.atoi, "restype", 5))
err(lambda: setattr(libc.atoi, "argtypes", [5]))
err(lambda: setattr(libc.atoi, "errcheck", 5))
err(lambda: libc.atoi(1, 2))
err(lambda: proto(1.5))
err(lambda: libc.abs(2**40))
err(lambda: CFUNCTYPE(c_int, *(c_int,) * 1025))
print(bool(proto()), repr(proto(5))[:22])

# a callback that raises: reported as unraisable, the call goes on
def bad(a):
    raise ValueError("boom")
cb = proto(bad)
cb(3)
print("after")

# paramflags: named and defaulted inputs, output parameters returned
sproto = CFUNCTYPE(c_long, c_char_p, POINTER(c_char_p), c_int)
strtol = sproto(("strtol", libc), ((1, "s"), (2, "end"), (1, "base", 10)))
print(strtol(b"42xyz"), strtol(b"ff", base=16), strtol(s=b"7!"))
err(lambda: strtol())
err(lambda: sproto(("strtol", libc), ((1, "s"),)))
