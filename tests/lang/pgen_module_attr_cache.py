# Attribute reads on module objects are cached per site on the module
# dict's version: every store, delete and __getattr__ must show through.
import math
import types
import sys

def read_pi(m):
    return m.pi

def call_sqrt(m, x):
    return m.sqrt(x)

for i in range(3):
    print(read_pi(math), call_sqrt(math, 16))

saved = math.pi
math.pi = 3
print(read_pi(math))
del math.pi
try:
    read_pi(math)
except AttributeError as e:
    print("AttributeError", e)
math.pi = saved
print(read_pi(math))
math.sqrt = lambda x: "patched %s" % x
print(call_sqrt(math, 9))
del math.sqrt
import importlib
importlib.reload(math)
print(call_sqrt(math, 9))

m = types.ModuleType("dyn")
m.pi = "dyn-pi"
def hook(name):
    if name == "sqrt":
        return lambda x: "hook sqrt %s" % x
    raise AttributeError(f"module 'dyn' has no attribute {name!r}")
m.__getattr__ = hook
mods = [math, m, math, m]
for mod in mods:
    print(read_pi(mod), call_sqrt(mod, 4))
try:
    m.nothing
except AttributeError as e:
    print("AttributeError", e)
del m.__getattr__
try:
    call_sqrt(m, 1)
except AttributeError as e:
    print("AttributeError", e)

# the module's own globals change while a site reads them from outside
me = sys.modules[__name__]
counter = 0
def bump():
    global counter
    counter += 1
def read_counter():
    return me.counter
for i in range(3):
    bump()
    print(read_counter())
class Sub(types.ModuleType):
    @property
    def pi(self):
        return "property pi"
s = Sub("s")
print(read_pi(s), read_pi(math))
