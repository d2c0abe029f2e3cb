import sys
for v in (sys.version_info, sys.flags, sys.float_info, sys.int_info, sys.hash_info):
    t = type(v)
    print(t.__name__, t.__qualname__, t.__module__, repr(t))
print(type(sys.implementation).__name__, type(sys.implementation).__module__)
print(int.__module__, type(len).__module__)
try:
    sys.version_info.major = 1
except AttributeError as e:
    print(e)
try:
    type(sys.flags)((0,) * 18)
except TypeError as e:
    print(e)
print(type(sys.version_info).__bases__)
print(isinstance(sys.float_info, tuple), issubclass(type(sys.int_info), tuple))
