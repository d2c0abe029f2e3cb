# ctypes simple types: values, conversions, truncation and error messages
from ctypes import *

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

print(c_int(5), c_int(5).value, c_int(), c_double(1.5), c_float(0.25))
print(c_char(b'a'), c_char(65).value, c_char_p(b'xy').value, c_bool(3), c_bool(0))
print(c_void_p(5), c_void_p(), c_void_p().value, c_wchar('x'), c_wchar_p('ab').value)
print(py_object(5), py_object([1, 2]).value, c_longlong(-2**63).value)
print(c_byte(300).value, c_ubyte(-1).value, c_short(70000).value, c_ushort(-1).value)
print(c_int(2**70).value, c_uint(-1).value, c_ulonglong(-1).value, c_void_p(-1).value)
print(c_int(True).value, c_double(3).value, c_float(1.1).value, c_longdouble(1.5).value)
cases = [(c_int, 'x'), (c_int, 1.5), (c_double, 'x'), (c_char, 'ab'), (c_char, 1000),
         (c_char, 'a'), (c_char_p, 's'), (c_wchar, b'a'), (c_wchar, 'ab'), (c_bool, 'x'),
         (c_void_p, 'x'), (c_wchar_p, b'x'), (c_float, None), (c_int, None), (c_char, -1)]
for t, v in cases:
    show(t.__name__, lambda: t(v).value)

x = c_int(7)
x.value = 9
print(x.value, bool(x), bool(c_int(0)), bool(c_double(0.0)))
show("set", lambda: setattr(x, "value", "no"))

# sizes and alignment
for t in (c_char, c_byte, c_short, c_int, c_long, c_longlong, c_float, c_double,
          c_void_p, c_char_p, c_bool, c_wchar, c_size_t, c_ssize_t, c_int8, c_uint64):
    print(t.__name__, sizeof(t), alignment(t), sizeof(t()))
show("sizeof", lambda: sizeof(3))
show("sizeof", lambda: sizeof(int))
show("alignment", lambda: alignment("x"))

# subclasses read back as instances, not values
class MyInt(c_int):
    pass
m = MyInt(12)
print(m.value, type(m).__name__, isinstance(m, c_int), repr(m)[:13])
print(c_int.__mro__)
print(type(c_int).__name__, c_int._type_, c_char_p._type_)

# _objects keeps what the bytes point to
print(c_int(5)._objects, c_char_p(b'ab')._objects, c_void_p(3)._objects)
print(c_int(5)._b_base_, c_int(5)._b_needsfree_)

# bad _type_
for td in ({}, {"_type_": 5}, {"_type_": "xx"}, {"_type_": "y"}):
    try:
        type("T", (c_int.__mro__[1],), td)
    except Exception as e:
        print(type(e).__name__, e)
