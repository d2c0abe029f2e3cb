# A name bound in only one case may be unbound after the match.
def f(v):
    match v:
        case [x]:
            pass
        case _:
            pass
    return x

print(f([1]))
try:
    f(2)
except UnboundLocalError as e:
    print("UnboundLocalError", e)

def g(v):
    match v:
        case [x] | (x, _):
            pass
    return x
print(g([1]), g((2, 3)))
try:
    g("no")
except UnboundLocalError as e:
    print("UnboundLocalError", e)

# del inside a case
def h(v):
    y = 1
    match v:
        case 0:
            del y
        case _:
            pass
    return y
print(h(1))
try:
    h(0)
except UnboundLocalError as e:
    print("UnboundLocalError", e)

# a failed guard still leaves the names bound
def k(v):
    match v:
        case [z] if z > 10:
            return "big"
        case _:
            return z
print(k([3]))
