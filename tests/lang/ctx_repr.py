# reprs (addresses stripped)
import re
from contextvars import ContextVar, Context, copy_context

def strip(s):
    return re.sub(r' at 0x[0-9a-f]+', ' at ADDR', s)

print(strip(repr(ContextVar('x'))))
print(strip(repr(ContextVar('x', default=1))))
print(strip(repr(ContextVar('name with space', default='s'))))
print(strip(repr(ContextVar('l', default=[1, (2, 3)]))))
v = ContextVar('v', default=None)
print(strip(repr(v)))
t = v.set(3)
print(strip(repr(t)))
v.reset(t)
print(strip(repr(t)))
print(strip(repr(Context())).startswith('<_contextvars.Context object at ADDR'))
print(type(copy_context()).__name__, type(copy_context()).__module__)
