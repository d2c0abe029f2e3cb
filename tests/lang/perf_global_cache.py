# Cached global loads and stores (LOAD_GLOBAL / STORE_GLOBAL remember where
# a name's dict entry is): every way the binding can change must be seen.
import builtins

counter = 0

def bump():
    global counter
    counter = counter + 1
    return counter

def read():
    return counter

for i in range(5):
    bump()
print("after bumps", read(), counter)

# a rebinding from another function is seen by a cached load
def set_counter(v):
    global counter
    counter = v
for v in (10, 20, "x", None):
    set_counter(v)
    print("read", read())

# delete the global: the load now fails with NameError
def del_counter():
    global counter
    del counter
del_counter()
try:
    read()
except NameError as e:
    print(type(e).__name__, e)
# and a cached store re-creates it
set_counter(7)
print("recreated", read())
del globals()["counter"]
try:
    print(read())
except NameError as e:
    print(type(e).__name__, e)
bump_failed = None
try:
    bump()
except NameError as e:
    print(type(e).__name__, e)
globals()["counter"] = 100
print("via globals()", read(), bump(), read())

# a global shadowing a builtin, then removed again
def use_len():
    return len([1, 2, 3])
print(use_len())
len = lambda x: "shadowed"
print(use_len())
del len
print(use_len())

# a builtin replaced and restored in builtins itself
old_abs = builtins.abs
def use_abs():
    return abs(-4)
print(use_abs())
builtins.abs = lambda x: "patched"
print(use_abs())
builtins.abs = old_abs
print(use_abs())
del builtins.abs
try:
    use_abs()
except NameError as e:
    print(type(e).__name__, e)
builtins.abs = old_abs
print(use_abs())

# the globals dict grows (resizes) under a cached load
def load_a():
    return alpha
alpha = "a0"
print(load_a())
for i in range(300):
    globals()["filler_%d" % i] = i
print(load_a())
alpha = "a1"
print(load_a())
for i in range(300):
    del globals()["filler_%d" % i]
print(load_a(), filler_check if "filler_check" in globals() else "no filler")

# globals().clear()-like churn through update / pop
g = globals()
g.update(alpha="a2")
print(load_a())
g.pop("alpha")
try:
    load_a()
except NameError as e:
    print(type(e).__name__, e)
g.setdefault("alpha", "a3")
print(load_a())

# one code object run with different globals dicts
src = "def f():\n    return name\n"
ns1 = {"name": "one"}
ns2 = {"name": "two", "pad": 0}
exec(src, ns1)
exec(src, ns2)
f1, f2 = ns1["f"], ns2["f"]
for _ in range(3):
    print(f1(), f2())
code = compile("result = name * 2", "<s>", "exec")
for ns in ({"name": "ab"}, {"name": 3}, {"name": "ab"}, {"x": 1, "name": [1]}):
    exec(code, ns)
    print(ns["result"])
try:
    exec(code, {})
except NameError as e:
    print(type(e).__name__, e)

# module-level stores in a loop (STORE_GLOBAL at module scope is STORE_NAME)
total = 0
for i in range(10):
    total = total + i
print("total", total)
