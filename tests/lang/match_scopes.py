# Captures follow normal scoping: locals, globals, nonlocals, cells, class bodies.
g = None
def set_global(v):
    global g
    match v:
        case [g]:
            pass

set_global([5])
print(g)

def outer():
    x = "outer"
    def inner(v):
        nonlocal x
        match v:
            case {"x": x}:
                pass
    inner({"x": "changed"})
    return x
print(outer())

def closure(v):
    match v:
        case (a, b):
            return lambda: a * b
    return None
print(closure((6, 7))())

class K:
    match (1, 2):
        case (first, second):
            pass
print(K.first, K.second)

def comp(items):
    out = []
    for it in items:
        match it:
            case int(n):
                out.append(n)
    return [n * 2 for n in out]
print(comp([1, "a", 2]))

# capture into a cell variable used by a nested function later
def cell(v):
    match v:
        case [c]:
            pass
    def get():
        return c
    return get()
print(cell([42]))
