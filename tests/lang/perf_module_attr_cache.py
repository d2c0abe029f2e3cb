# Cached module attribute loads (math.sqrt, mod.CONST): the cache keeps
# where the name's entry is in the module's dict, so rebinding, deleting,
# adding and a module __getattr__ must all be seen.
import math
import sys
import types

def use_sqrt():
    return math.sqrt(16)

def call_pi():
    return math.pi

print(use_sqrt(), call_pi())
orig = math.sqrt
math.sqrt = lambda x: "patched"
print(use_sqrt())
math.sqrt = orig
print(use_sqrt())
del math.sqrt
try:
    use_sqrt()
except AttributeError as e:
    print(type(e).__name__, e)
math.sqrt = orig
print(use_sqrt())

m = types.ModuleType("m")
m.value = 1
def get_value():
    return m.value
def get_other():
    return m.other
for v in (1, 2, 3):
    m.value = v
    print("value", get_value())
try:
    get_other()
except AttributeError as e:
    print(type(e).__name__, e)
m.other = "now here"
print(get_other())
for i in range(200):                 # the module dict resizes
    setattr(m, "pad%d" % i, i)
print(get_value(), get_other())
m.__dict__.pop("value")
try:
    get_value()
except AttributeError as e:
    print(type(e).__name__, e)
m.__getattr__ = lambda name: "from __getattr__ " + name
print(get_value())
m.value = "back"
print(get_value())
m.__dict__.clear()
try:
    print(get_value())
except AttributeError as e:
    print(type(e).__name__, e)
m.value = "after clear"
print(get_value())

# a method call on a module attribute (LOAD_METHOD on a module)
m2 = types.ModuleType("m2")
m2.f = lambda: "f1"
def call_f():
    return m2.f()
print(call_f())
m2.f = lambda: "f2"
print(call_f())
del m2.f
try:
    call_f()
except AttributeError as e:
    print(type(e).__name__, e)

# the same site seeing two modules
def get_x(mod):
    return mod.x
a = types.ModuleType("a"); a.x = "ax"
b = types.ModuleType("b"); b.x = "bx"; b.y = 0
for mod in (a, b, a, b):
    print(get_x(mod))
a.x = "ax2"
print(get_x(a), get_x(b))
print(sys.modules["math"] is math)
