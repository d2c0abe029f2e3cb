# An uncaught exception: traceback on stderr, exit status 1.
def inner(x):
    return {"a": 1}[x]
def outer():
    return inner("missing")
print("before")
outer()
print("not reached")
