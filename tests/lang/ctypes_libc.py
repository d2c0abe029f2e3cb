# calling libc through ctypes: argtypes, restype, errcheck, errno, callbacks
import ctypes, os
from ctypes import *

libc = CDLL(None)
print(libc.strlen(b"hello"), libc.abs(-7), libc.labs(-8))
libc.strlen.argtypes = [c_char_p]
libc.strlen.restype = c_size_t
print(libc.strlen(b"abcdef"), libc.strlen.restype.__name__, libc.strlen is libc.strlen)

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: libc.strlen(5))
err(lambda: libc.strlen())
try:
    libc.no_such_function_xyz
except AttributeError as e:
    print("AttributeError", str(e).split(": ", 1)[1])
err(lambda: libc.abs(1.5))

libc.strtol.restype = c_long
libc.strtol.argtypes = [c_char_p, POINTER(c_char_p), c_int]
end = c_char_p()
print(libc.strtol(b"  123abc", byref(end), 10), end.value)
libc.strchr.restype = c_char_p
print(libc.strchr(b"hello world", ord("w")))
libc.sqrt = None
m = CDLL("libm.so.6")
m.sqrt.restype = c_double
m.sqrt.argtypes = [c_double]
print(m.sqrt(2.0), m.pow.argtypes)
m.pow.restype = c_double
print(m.pow(c_double(2), c_double(10)))

# errcheck
def check(result, func, args):
    return ("checked", result, len(args))
libc.abs.errcheck = check
print(libc.abs(-3))

# errno
libc_e = CDLL(None, use_errno=True)
set_errno(0)
fd = libc_e.open(b"/nonexistent/file", 0)
print(fd, get_errno() == 2, os.strerror(get_errno()))
print(set_errno(5), get_errno())

# sprintf with variadic arguments
out = create_string_buffer(64)
libc.sprintf(out, b"%d-%s-%.2f", 42, b"x", c_double(3.14159))
print(out.value)

# structures by reference
class TM(Structure):
    _fields_ = [(n, c_int) for n in ("sec", "min", "hour", "mday", "mon", "year",
                                     "wday", "yday", "isdst")] + [("gmtoff", c_long),
                                                                   ("zone", c_char_p)]
t = c_long(86400 * 365)
libc.gmtime_r.restype = POINTER(TM)
res = TM()
r = libc.gmtime_r(byref(t), byref(res))
print(res.year, res.mon, res.mday, res.yday, r.contents.year, res.zone)
print(type(libc).__name__, isinstance(pythonapi, PyDLL), cdll.LoadLibrary("libm.so.6")._name)
