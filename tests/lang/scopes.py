# Name resolution: locals, unbound locals, globals, free variables, NameError.
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 1
    return x
print(f())
def outer():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    y = 2
    return inner()
print(outer())
try:
    print(undefined_name)
except NameError as e:
    print(e)
counter = 0
def bump():
    global counter
    counter += 1
bump()
bump()
print(counter)
def shadow(counter):
    return counter * 2
print(shadow(21), counter)
def deleted():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError:
        return "deleted"
print(deleted())
def cond(flag):
    if flag:
        w = "set"
    return w
print(cond(True))
try:
    cond(False)
except UnboundLocalError as e:
    print(e)
