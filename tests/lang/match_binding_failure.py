# 3.11 binds names only when the whole pattern matches: a failed pattern
# leaves its names unbound; a failed guard leaves them bound.
def probe(name, ns):
    return ns.get(name, "<unbound>")

def f1():
    match [1, 2]:
        case [x, 3]:
            pass
        case _:
            pass
    try:
        return x
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(f1())

def f2():
    match [1, 2]:
        case [x, y] if x > 5:
            pass
        case _:
            pass
    return x, y
print(f2())

def f3():
    match {"a": 1}:
        case {"a": a, "b": b}:
            pass
        case _:
            pass
    try:
        return a
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(f3())

def f4():
    match (1, 2, 3):
        case (1, q, 4) | (1, q, 5):
            return q
        case _:
            pass
    try:
        return q
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(f4())

# module level
match 5:
    case [m1]:
        pass
    case _:
        pass
try:
    print(m1)
except NameError as e:
    print("NameError", e)
match [5]:
    case [m2] if False:
        pass
    case _:
        pass
print(m2)
