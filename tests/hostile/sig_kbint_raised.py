# `raise KeyboardInterrupt` (no signal at all) ends the same way.
def f():
    raise KeyboardInterrupt("by hand")
print("hi")
f()
